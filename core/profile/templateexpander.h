#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace tunnelscope {

// Expands {{secrets.NAME}} and {{run}} in the text a profile sends (payloads, headers, URLs).
class TemplateExpander
{
    Q_DECLARE_TR_FUNCTIONS(TemplateExpander)

public:
    TemplateExpander(QMap<QString, QString> secrets, int run) : m_secrets(std::move(secrets)), m_run(run) { }

    QString expand(const QString &text) const;

    // Problems with the templates in `text`: unknown placeholders, undeclared secrets.
    static QStringList check(const QString &text, const QStringList &declaredSecrets);

private:
    QMap<QString, QString> m_secrets;
    int m_run;
};

} // namespace tunnelscope
