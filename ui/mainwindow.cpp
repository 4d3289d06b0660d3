#include "mainwindow.h"

#include "comparisonreport.h"
#include "profileloader.h"
#include "scenariorunner.h"
#include "textsummary.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tunnelscope {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_title(new QLabel(this)), m_output(new QPlainTextEdit(this)),
      m_startButton(new QPushButton(tr("Start"), this))
{
    setWindowTitle(tr("Tunnelscope"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_title);
    layout->addWidget(m_startButton);
    layout->addWidget(m_output, 1);
    m_output->setReadOnly(true);
    m_output->setObjectName(QStringLiteral("summary"));
    m_startButton->setObjectName(QStringLiteral("start"));
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setCentralWidget(central);
    resize(1000, 640);
    m_title->setText(tr("No profile loaded. Start Tunnelscope with a profile: tunnelscope PROFILE.json"));
    m_startButton->setEnabled(false);
    connect(m_startButton, &QPushButton::clicked, this, &MainWindow::start);
}

MainWindow::~MainWindow() = default;

bool MainWindow::loadProfile(const QString &source)
{
    const ProfileLoader::Result loaded = ProfileLoader::load(source);
    if (!loaded.ok()) {
        m_output->setPlainText(loaded.problems.join(QLatin1Char('\n')));
        return false;
    }
    m_source = source;
    m_title->setText(tr("<b>%1</b><br>%2").arg(loaded.profile->name.toHtmlEscaped(),
                                               loaded.profile->description.toHtmlEscaped()));
    m_title->setWordWrap(true);
    m_startButton->setEnabled(true);
    return true;
}

void MainWindow::start()
{
    const ProfileLoader::Result loaded = ProfileLoader::load(m_source);
    if (!loaded.ok())
        return;
    m_runner = std::make_unique<ScenarioRunner>(*loaded.profile);
    const QStringList problems = m_runner->prepare({});
    if (!problems.isEmpty()) {
        m_output->setPlainText(problems.join(QLatin1Char('\n')));
        return;
    }
    m_startButton->setEnabled(false);
    m_output->setPlainText(tr("Playing %1...").arg(loaded.profile->name));
    connect(m_runner.get(), &ScenarioRunner::finished, this, &MainWindow::onRunFinished);
    m_runner->start();
}

void MainWindow::onRunFinished()
{
    const ComparisonReport report(m_runner->profile(), m_runner->runs(), m_runner->startedEpochMs(), m_runner->secrets());
    m_output->setPlainText(TextSummary::render(report));
    m_startButton->setEnabled(true);
}

} // namespace tunnelscope
