#include "appearance.h"
#include "chartpanel.h"
#include "elidedtextdelegate.h"
#include "findingsmodel.h"
#include "frametablemodel.h"
#include "language.h"
#include "mainwindow.h"
#include "profileeditor.h"
#include "themecolors.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLegend>
#include <QMenuBar>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QToolTip>
#include <QTranslator>
#include <QTreeView>
#include <QWindow>

using namespace tunnelscope;

// How the window looks to people who rely on it: every colour that carries a meaning readable on
// light and dark palettes (the system's or the one chosen in View → Appearance), no text cut
// off without a tooltip, at 1280×800 with the default font and with a large one, and an icon
// sharp at any scale. The same tests run at a scale factor of 2 (tst_appearance_hidpi).
class tst_Appearance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void contrastIsWcags();
    void everyColourReadsOnCommonPalettes_data();
    void everyColourReadsOnCommonPalettes();
    void windowFollowsThePalette();
    void noTextCutWithoutATooltip_data();
    void noTextCutWithoutATooltip();
    void iconIsSharpAtAnyScale();

private:
    static bool play(MainWindow &w, const QString &profile);
    static QStringList cutTexts(QWidget *window, int *checked);
    QPalette m_startPalette;
    QTemporaryDir m_settings;
};

void tst_Appearance::initTestCase()
{
    // Settings of this process alone: the same binary runs twice at once (tst_appearance_hidpi),
    // and each chooses appearances.
    QVERIFY(m_settings.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCOMPARE(QSettings().fileName().startsWith(m_settings.path()), true);
    m_startPalette = QApplication::palette();
}

bool tst_Appearance::play(MainWindow &w, const QString &profile)
{
    if (!w.loadProfile(profile))
        return false;
    QSignalSpy ready(&w, &MainWindow::comparisonReady);
    w.start();
    return ready.wait(30000);
}

void tst_Appearance::contrastIsWcags()
{
    QCOMPARE(qRound(ThemeColors::contrast(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(ThemeColors::contrast(QColor(0x767676), QColor(0x767676)), 1.0);
    // WCAG's own example: #767676 is the lightest grey with 4.5:1 on white.
    QVERIFY(ThemeColors::contrast(QColor(0x767676), Qt::white) >= 4.5);
    QVERIFY(ThemeColors::contrast(QColor(0x777777), Qt::white) < 4.5);
}

namespace {
QPalette paletteOf(QRgb window, QRgb base, QRgb alternate, QRgb text)
{
    QPalette p{QColor(window)};
    p.setColor(QPalette::Window, QColor(window));
    p.setColor(QPalette::Base, QColor(base));
    p.setColor(QPalette::AlternateBase, QColor(alternate));
    p.setColor(QPalette::Text, QColor(text));
    p.setColor(QPalette::WindowText, QColor(text));
    return p;
}
} // namespace

void tst_Appearance::everyColourReadsOnCommonPalettes_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QTest::newRow("Fusion") << fusion->standardPalette() << false;
    QTest::newRow("View → Appearance → Dark") << ThemeColors::darkPalette() << true;
    QTest::newRow("Breeze Dark") << paletteOf(0x31363b, 0x232629, 0x2a2e32, 0xeff0f1) << true;
    QTest::newRow("Adwaita dark") << paletteOf(0x353535, 0x2d2d2d, 0x3a3a3a, 0xeeeeec) << true;
    QTest::newRow("grey window, white lists") << paletteOf(0xf0f0f0, 0xffffff, 0xf5f5f5, 0xff000000) << false;
    QTest::newRow("Solarized light") << paletteOf(0xeee8d5, 0xfdf6e3, 0xeee8d5, 0x657b83) << false;
    QTest::newRow("Solarized dark") << paletteOf(0x073642, 0x002b36, 0x073642, 0x839496) << true;
}

// Text 4.5:1 on every background the palette draws lists and panes with; chart marks 3:1; a
// coloured row's text 4.5:1 on its colour, and the colour itself told apart from the list's.
void tst_Appearance::everyColourReadsOnCommonPalettes()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    const ThemeColors colors = ThemeColors::forPalette(palette);
    QCOMPARE(colors.dark(), dark);
    const QList<QPair<const char *, QColor>> text{{"error", colors.error()}, {"warning", colors.warning()}, {"ok", colors.ok()}};
    for (QPalette::ColorRole role : {QPalette::Base, QPalette::AlternateBase, QPalette::Window})
        for (const auto &[name, color] : text)
            QVERIFY2(ThemeColors::contrast(color, palette.color(role)) >= ThemeColors::TextContrast,
                     qPrintable(QStringLiteral("%1 %2 on %3: %4")
                                    .arg(QLatin1String(name), color.name(), palette.color(role).name())
                                    .arg(ThemeColors::contrast(color, palette.color(role)))));
    const QColor base = palette.color(QPalette::Base);
    for (const QColor &mark : {colors.direct(), colors.tunnel(), colors.delta()})
        QVERIFY2(ThemeColors::contrast(mark, base) >= ThemeColors::MarkContrast, qPrintable(mark.name()));
    // Direct and tunnel are told apart by more than hue alone? They differ in colour and, on the
    // latency chart, in marker shape; here: they are not the same colour.
    QVERIFY(colors.direct() != colors.tunnel());
    using Row = ThemeColors::Row;
    for (Row row : {Row::Lost, Row::LostCounterpart, Row::Duplicated, Row::Altered, Row::Reordered}) {
        const QColor background = colors.rowBackground(row);
        QVERIFY2(ThemeColors::contrast(colors.rowText(row), background) >= ThemeColors::TextContrast,
                 qPrintable(background.name()));
        QVERIFY2(background != base, qPrintable(background.name()));
        // A tinted row is on the palette's side: light rows on a light list, dark on a dark one.
        QCOMPARE(background.lightnessF() < 0.5, dark);
    }
}

// Switching to dark and back: models, legend, verdict and charts take the new colours at once,
// without a new run; "Follow the system" gives the palette back to the platform.
void tst_Appearance::windowFollowsThePalette()
{
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(play(w, QStringLiteral("builtin:ha-lost-auth-invalid")));
    // The tunnel list's gap where auth_invalid should be: the legend's "missing / extra".
    FrameTableModel *tunnel = w.tunnelModel();
    int lostRow = -1;
    for (int r = 0; r < tunnel->rowCount() && lostRow < 0; ++r)
        if (tunnel->statusAt(r) == QLatin1String("missing") && tunnel->frameAt(r) < 0)
            lostRow = r;
    QVERIFY(lostRow >= 0);
    const auto rowBackground = [&] { return tunnel->index(lostRow, 0).data(Qt::BackgroundRole).value<QBrush>().color(); };
    const QColor lightRow = rowBackground();
    auto *legend = w.findChild<QLabel *>(QStringLiteral("legend"));
    QVERIFY(legend->text().contains(lightRow.name()));

    QCOMPARE(Appearance::saved(), Appearance::Mode::System);
    Appearance::choose(Appearance::Mode::Dark);
    QCoreApplication::processEvents();
    QCOMPARE(Appearance::saved(), Appearance::Mode::Dark);
    const QPalette dark = QApplication::palette();
    QVERIFY(ThemeColors::isDark(dark));
    const ThemeColors colors = ThemeColors::forPalette(dark);
    const QColor base = dark.color(QPalette::Base);
    // Every coloured row of both lists reads; the lost one is now a dark tint.
    QVERIFY(rowBackground() != lightRow);
    QCOMPARE(rowBackground().lightnessF() < 0.5, true);
    for (FrameTableModel *model : {w.directModel(), w.tunnelModel()})
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex i = model->index(r, FrameTableModel::Preview);
            const QVariant bg = i.data(Qt::BackgroundRole), fg = i.data(Qt::ForegroundRole);
            const QColor ink = fg.isValid() ? fg.value<QBrush>().color() : dark.color(QPalette::Text);
            const QColor paper = bg.isValid() ? bg.value<QBrush>().color() : base;
            QVERIFY2(ThemeColors::contrast(ink, paper) >= ThemeColors::TextContrast,
                     qPrintable(QStringLiteral("row %1: %2 on %3").arg(r).arg(ink.name(), paper.name())));
        }
    for (int r = 0; r < w.findingsModel()->rowCount(); ++r)
        for (int c = 0; c < w.findingsModel()->columnCount(); ++c)
            if (const QVariant fg = w.findingsModel()->index(r, c).data(Qt::ForegroundRole); fg.isValid())
                QVERIFY(ThemeColors::contrast(fg.value<QColor>(), base) >= ThemeColors::TextContrast);
    QVERIFY(legend->text().contains(colors.rowBackground(ThemeColors::Row::Lost).name()));
    QVERIFY(!legend->text().contains(lightRow.name()));
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("verdict"))->text().contains(QLatin1String("broken")));
    // The charts sit on the palette's base, their text in its text colour, each path in its own.
    for (const auto which : {ChartPanel::Chart::Reconnects, ChartPanel::Chart::Closes, ChartPanel::Chart::Latency}) {
        QChart *chart = w.charts()->chart(which);
        QCOMPARE(chart->backgroundBrush().color(), base);
        QCOMPARE(chart->titleBrush().color(), dark.color(QPalette::Text));
        QCOMPARE(chart->legend()->labelColor(), dark.color(QPalette::Text));
    }
    for (const char *series : {"reconnects.direct", "closes.direct", "rtt.direct"})
        QCOMPARE(w.charts()->seriesColor(QLatin1String(series)), colors.direct());
    for (const char *series : {"reconnects.tunnel", "closes.tunnel", "rtt.tunnel"})
        QCOMPARE(w.charts()->seriesColor(QLatin1String(series)), colors.tunnel());

    Appearance::choose(Appearance::Mode::Light);
    QCoreApplication::processEvents();
    QVERIFY(!ThemeColors::isDark(QApplication::palette()));
    QCOMPARE(rowBackground(), lightRow);
    Appearance::choose(Appearance::Mode::System);
    QCoreApplication::processEvents();
    QCOMPARE(QApplication::palette().color(QPalette::Base), m_startPalette.color(QPalette::Base));
    QCOMPARE(QApplication::palette().color(QPalette::Text), m_startPalette.color(QPalette::Text));
    QCOMPARE(Appearance::saved(), Appearance::Mode::System);
}

namespace {
QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

QString withoutMnemonic(QString text)
{
    return text.replace(QLatin1String("&&"), QLatin1String("\x01"))
        .remove(QLatin1Char('&'))
        .replace(QLatin1Char('\x01'), QLatin1Char('&'));
}

int widestLine(const QFontMetrics &fm, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        widest = std::max(widest, fm.horizontalAdvance(line));
    return widest;
}

// Whether a widget is on screen: itself and every parent visible, and not zero-sized.
bool shown(const QWidget *w)
{
    return w->isVisible() && w->width() > 0 && w->height() > 0 && !w->visibleRegion().isEmpty();
}
} // namespace

// Every text on screen that is cut (by the width it has, or the height of a wrapped label) and
// has no tooltip that says it whole: "objectName or class: text".
QStringList tst_Appearance::cutTexts(QWidget *window, int *checked)
{
    QStringList cut;
    *checked = 0;
    const auto name = [](const QWidget *w) {
        return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
    };
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!shown(label) || label->text().isEmpty() || !label->toolTip().isEmpty() || !label->pixmap().isNull())
            continue;
        ++*checked;
        const QRect room = label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(), -label->margin());
        const bool clipped = label->wordWrap() ? label->heightForWidth(label->width()) > label->height()
                                               : widestLine(label->fontMetrics(), plain(label->text())) > room.width();
        if (clipped)
            cut << name(label) + QStringLiteral(": ") + plain(label->text()).left(80);
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!shown(button) || button->text().isEmpty() || !button->toolTip().isEmpty())
            continue;
        ++*checked;
        // At its size hint a button has room for its text, whatever the style's margins.
        if (button->width() >= button->sizeHint().width())
            continue;
        const QString text = withoutMnemonic(button->text());
        int needed = button->fontMetrics().horizontalAdvance(text);
        if (!button->icon().isNull())
            needed += button->iconSize().width() + 4;
        const QStyle *style = button->style();
        if (qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button))
            needed += style->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, button)
                + style->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, button);
        else
            needed += 2 * style->pixelMetric(QStyle::PM_ButtonMargin, nullptr, button);
        if (needed > button->width())
            cut << name(button)
                    + QStringLiteral(": %1 (needs %2 px, has %3; size hint %4)")
                          .arg(text)
                          .arg(needed)
                          .arg(button->width())
                          .arg(button->sizeHint().width());
    }
    for (QComboBox *combo : window->findChildren<QComboBox *>()) {
        if (!shown(combo) || combo->currentText().isEmpty() || !combo->toolTip().isEmpty())
            continue;
        ++*checked;
        QStyleOptionComboBox opt;
        opt.initFrom(combo);
        opt.editable = combo->isEditable();
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, combo);
        if (combo->fontMetrics().horizontalAdvance(combo->currentText()) > field.width())
            cut << name(combo) + QStringLiteral(": ") + combo->currentText();
    }
    for (QTabBar *tabs : window->findChildren<QTabBar *>()) {
        if (!shown(tabs))
            continue;
        for (int t = 0; t < tabs->count(); ++t)
            if (tabs->tabToolTip(t).isEmpty()
                && tabs->fontMetrics().horizontalAdvance(withoutMnemonic(tabs->tabText(t))) > tabs->tabRect(t).width())
                cut << name(tabs) + QStringLiteral(": ") + tabs->tabText(t);
    }
    // Column titles: a title wider than its column has a tooltip.
    for (QHeaderView *header : window->findChildren<QHeaderView *>()) {
        if (!shown(header) || header->orientation() != Qt::Horizontal || !header->model())
            continue;
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int s = 0; s < header->count(); ++s) {
            if (header->isSectionHidden(s) || header->sectionViewportPosition(s) > header->width())
                continue;
            const QString title = header->model()->headerData(s, Qt::Horizontal).toString();
            const bool sorted = header->isSortIndicatorShown() && header->sortIndicatorSection() == s;
            const int needed = header->fontMetrics().horizontalAdvance(title) + 2 * margin + (sorted ? 16 : 0);
            if (!title.isEmpty() && needed > header->sectionSize(s)
                && header->model()->headerData(s, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty())
                cut << QStringLiteral("%1 column %2: %3").arg(name(header->parentWidget())).arg(s).arg(title);
        }
    }
    // The cells of every list on screen: a cell whose text is wider than its column says it
    // whole in its tooltip.
    for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        if (!shown(view) || !view->model() || view->inherits("QComboBoxListView"))
            continue;
        const QAbstractItemModel *model = view->model();
        const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        const QRect viewport = view->viewport()->rect();
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c) {
                const QModelIndex i = model->index(r, c);
                const QRect cell = view->visualRect(i);
                if (!cell.isValid() || !viewport.intersects(cell))
                    continue;
                const QString text = i.data(Qt::DisplayRole).toString();
                if (text.isEmpty())
                    continue;
                ++*checked;
                QFont font = view->font();
                if (const QVariant f = i.data(Qt::FontRole); f.isValid())
                    font = f.value<QFont>();
                int needed = QFontMetrics(font).horizontalAdvance(text) + 2 * margin;
                if (i.data(Qt::DecorationRole).isValid())
                    needed += view->iconSize().isValid() ? view->iconSize().width() + 2 * margin
                                                         : view->style()->pixelMetric(QStyle::PM_SmallIconSize) + 2 * margin;
                if (needed <= cell.width() || !i.data(Qt::ToolTipRole).toString().isEmpty())
                    continue;
                // Cut, with no tooltip of the model's own: hovering it must show the whole text.
                QToolTip::hideText();
                QHelpEvent hover(QEvent::ToolTip, cell.center(), view->viewport()->mapToGlobal(cell.center()));
                QApplication::sendEvent(view->viewport(), &hover);
                const QString shownTip = plain(QToolTip::text());
                QToolTip::hideText();
                if (!shownTip.contains(text.left(ElidedTextDelegate::MaxTooltipCharacters)))
                    cut << QStringLiteral("%1 row %2 column %3: %4").arg(name(view)).arg(r).arg(c).arg(text.left(80));
            }
            if (view->visualRect(model->index(r, 0)).top() > viewport.bottom())
                break;
        }
    }
    return cut;
}

void tst_Appearance::noTextCutWithoutATooltip_data()
{
    QTest::addColumn<int>("pointSize");
    QTest::addColumn<QString>("language");
    QTest::newRow("default font") << 0 << QStringLiteral("en");
    // Larger text, as a user who needs it sets it in the desktop's settings.
    QTest::newRow("large font (14 pt)") << 14 << QStringLiteral("en");
    // Chinese labels are shorter in characters but each is wider: none may be cut either.
    QTest::newRow("Simplified Chinese") << 0 << QStringLiteral("zh_CN");
}

void tst_Appearance::noTextCutWithoutATooltip()
{
    QFETCH(int, pointSize);
    QFETCH(QString, language);
    // The window's words and the findings' (the core's sentences follow the language installed).
    Language::install(language);
    const auto english = qScopeGuard([] { Language::install(QStringLiteral("en")); });
    const QFont startFont = QApplication::font();
    if (pointSize > 0) {
        QFont large = startFont;
        large.setPointSize(pointSize);
        QApplication::setFont(large);
    }
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // The window speaks the language: its menus' titles.
        QCOMPARE(w.menuBar()->actions().first()->text(),
                 language == QLatin1String("zh_CN") ? QStringLiteral("文件(&F)") : QStringLiteral("&File"));
        int before = 0, after = 0;
        QStringList cut = cutTexts(&w, &before);
        QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("before a run:\n") + cut.join(QLatin1Char('\n'))));
        QVERIFY(play(w, QStringLiteral("builtin:ha-lost-auth-invalid")));
        QTest::qWait(50);
        cut = cutTexts(&w, &after);
        QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("after a run:\n") + cut.join(QLatin1Char('\n'))));
        // The texts looked at: the window's labels and buttons, then the lists' cells too.
        qInfo("%d texts checked before the run, %d after", before, after);
        QVERIFY(before >= 10);
        QVERIFY(after >= before + 50);
        // The monitor (Ctrl+2), with its charts and tables.
        const QList<QAction *> actions = w.findChildren<QAction *>();
        const auto monitor = std::find_if(actions.begin(), actions.end(),
                                          [](QAction *a) { return a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_2); });
        QVERIFY(monitor != actions.end());
        (*monitor)->trigger();
        QTest::qWait(50);
        cut = cutTexts(&w, &after);
        QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("monitor:\n") + cut.join(QLatin1Char('\n'))));
    }
    {
        // The profile editor, on a profile with every kind of field.
        ProfileEditor editor;
        QVERIFY(editor.open(QStringLiteral("builtin:ha-identity-lost-auth-invalid")));
        editor.resize(1000, 700);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        if (auto *tree = editor.findChild<QTreeView *>())
            tree->expandAll();
        QTest::qWait(50);
        int checked = 0;
        const QStringList cut = cutTexts(&editor, &checked);
        QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("profile editor:\n") + cut.join(QLatin1Char('\n'))));
        QVERIFY(checked >= 10);
    }
    QApplication::setFont(startFont);
}

// The window's icon is the SVG the desktop entry names, drawn for the scale asked, not a small
// bitmap blown up.
void tst_Appearance::iconIsSharpAtAnyScale()
{
    const QIcon icon = Appearance::applicationIcon();
    QVERIFY(!icon.isNull());
    for (qreal scale : {1.0, 1.5, 2.0, 3.0}) {
        const QPixmap pixmap = icon.pixmap(QSize(48, 48), scale);
        QCOMPARE(pixmap.size(), QSize(qRound(48 * scale), qRound(48 * scale)));
        QCOMPARE(pixmap.devicePixelRatio(), scale);
        // Drawn, not blank.
        const QImage image = pixmap.toImage();
        QVERIFY(image.pixelColor(image.width() / 2, image.height() / 2).alpha() > 0);
    }
}

QTEST_MAIN(tst_Appearance)
#include "tst_appearance.moc"
