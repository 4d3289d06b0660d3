#pragma once

#include <QLineEdit>

namespace tunnelscope {

// A URL entry that shows both ends of a long URL: when it does not fit and the field is not
// being edited, the middle is elided (wss://relay.example.com/…/api/websocket), as browsers
// and file managers show long paths; the whole URL is in the tooltip and comes back for
// editing on focus.
class UrlField : public QLineEdit
{
    Q_OBJECT
public:
    explicit UrlField(QWidget *parent = nullptr);

    // What the field shows now: the text, or its middle-elided form.
    QString displayedText() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRect textRect() const;
};

} // namespace tunnelscope
