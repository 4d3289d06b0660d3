#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace tunnelscope {

class ScenarioRunner;

// The desktop window. For now it loads a profile, plays it and shows the text summary;
// the live paired view, diff and charts grow here.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool loadProfile(const QString &source);
    void start();

private:
    void onRunFinished();

    QLabel *m_title;
    QPlainTextEdit *m_output;
    QPushButton *m_startButton;
    QString m_source;
    std::unique_ptr<ScenarioRunner> m_runner;
};

} // namespace tunnelscope
