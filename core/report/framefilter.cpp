#include "framefilter.h"

#include "closestname.h"
#include "framepresenter.h"
#include "runclock.h"
#include "secretredactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <limits>
#include <optional>

namespace tunnelscope {

namespace {

// A closed or open interval of numbers, as `10..99`, `..50`, `>1000`, `<=3` or `7` write it.
struct NumberRange
{
    double low = -std::numeric_limits<double>::infinity();
    double high = std::numeric_limits<double>::infinity();
    bool lowOpen = false;
    bool highOpen = false;

    bool contains(double v) const { return (lowOpen ? v > low : v >= low) && (highOpen ? v < high : v <= high); }

    static std::optional<NumberRange> parse(const QString &text)
    {
        NumberRange r;
        bool ok = true;
        auto number = [&ok](QStringView s) {
            bool good = false;
            const double v = s.toDouble(&good);
            ok = ok && good && std::isfinite(v);
            return v;
        };
        const qsizetype dots = text.indexOf(QLatin1String(".."));
        if (dots >= 0) {
            const QStringView low = QStringView(text).left(dots), high = QStringView(text).mid(dots + 2);
            if (low.isEmpty() && high.isEmpty())
                return std::nullopt;
            if (!low.isEmpty())
                r.low = number(low);
            if (!high.isEmpty())
                r.high = number(high);
        } else if (text.startsWith(QLatin1String(">="))) {
            r.low = number(QStringView(text).mid(2));
        } else if (text.startsWith(QLatin1String("<="))) {
            r.high = number(QStringView(text).mid(2));
        } else if (text.startsWith(QLatin1Char('>'))) {
            r.low = number(QStringView(text).mid(1));
            r.lowOpen = true;
        } else if (text.startsWith(QLatin1Char('<'))) {
            r.high = number(QStringView(text).mid(1));
            r.highOpen = true;
        } else {
            r.low = r.high = number(text);
        }
        if (!ok || r.low > r.high)
            return std::nullopt;
        return r;
    }
};

// A step of a JSON path: a member name or an array index.
struct PathStep
{
    QString name;
    qsizetype index = -1;
};

enum class Comparison { Equal, NotEqual, Matches, Less, LessOrEqual, Greater, GreaterOrEqual };

} // namespace

struct FrameFilter::Node
{
    enum class Kind { And, Or, Not, Text, Regex, Dir, Types, Data, Control, Flagged, Time, Size, Connection, CloseCode, Json };
    Kind kind = Kind::Text;
    std::shared_ptr<const Node> left, right; // And, Or; Not: left
    QString text;                            // Text: what to find, any case
    QRegularExpression regex;                // Regex; Json with ~
    Direction dir = Direction::In;
    QList<FrameType> types;
    NumberRange range;
    QList<PathStep> path;
    Comparison comparison = Comparison::Equal;
    QJsonValue literal;
    QByteArray mustContain; // Json: bytes a matching frame's payload holds, unless it escapes them
    bool mustContainIsPlain = false; // and no redaction marker («redacted:NAME») can supply them
};

namespace {

using Node = FrameFilter::Node;
using NodePtr = std::shared_ptr<const Node>;

struct Token
{
    enum class Kind { End, Open, Close, Word, Quoted, Regex, Operator, And, Or, Not };
    Kind kind = Kind::End;
    QString text;
    QString flags; // Regex
    qsizetype column = 0;
};

const QStringList &filterKeys()
{
    static const QStringList keys{QStringLiteral("dir"),  QStringLiteral("type"), QStringLiteral("is"),  QStringLiteral("t"),
                                  QStringLiteral("size"), QStringLiteral("conn"), QStringLiteral("code")};
    return keys;
}

class Lexer
{
public:
    explicit Lexer(const QString &s) : m_s(s) { }

    // Every token, or an error naming its column.
    QList<Token> tokens(QString *error)
    {
        QList<Token> out;
        for (;;) {
            while (m_i < m_s.size() && m_s.at(m_i).isSpace())
                ++m_i;
            Token t;
            t.column = m_i + 1;
            if (m_i >= m_s.size()) {
                out << t;
                return out;
            }
            const QChar c = m_s.at(m_i);
            if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
                t.kind = c == QLatin1Char('(') ? Token::Kind::Open : Token::Kind::Close;
                ++m_i;
            } else if (c == QLatin1Char('"')) {
                if (!quoted(&t, error))
                    return {};
            } else if (c == QLatin1Char('/')) {
                if (!regex(&t, error))
                    return {};
            } else if (startsWith("&&")) {
                t.kind = Token::Kind::And;
                m_i += 2;
            } else if (startsWith("||")) {
                t.kind = Token::Kind::Or;
                m_i += 2;
            } else if (operatorLength() > 0) {
                t.kind = Token::Kind::Operator;
                t.text = m_s.mid(m_i, operatorLength());
                m_i += t.text.size();
            } else if (c == QLatin1Char('!')) {
                t.kind = Token::Kind::Not;
                ++m_i;
            } else if (c == QLatin1Char('=')) {
                *error = FrameFilter::tr("column %1: a lone = compares nothing; write == (or != , ~)").arg(m_i + 1);
                return {};
            } else {
                word(&t);
            }
            out << t;
        }
    }

private:
    bool startsWith(const char *s) const { return QStringView(m_s).mid(m_i).startsWith(QLatin1String(s)); }
    qsizetype operatorLength() const
    {
        for (const char *op : {"==", "!=", ">=", "<=", "=~"})
            if (startsWith(op))
                return 2;
        for (const char *op : {"~", ">", "<"})
            if (startsWith(op))
                return 1;
        return 0;
    }
    static bool endsWord(QChar c)
    {
        return c.isSpace() || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('"');
    }
    void word(Token *t)
    {
        const qsizetype start = m_i;
        while (m_i < m_s.size() && !endsWord(m_s.at(m_i))) {
            // `size:>10` keeps its comparison; a path stops before `==`.
            const bool inKeyValue = m_s.indexOf(QLatin1Char(':'), start) >= 0 && m_s.indexOf(QLatin1Char(':'), start) < m_i;
            if (!inKeyValue && (operatorLength() > 0 || m_s.at(m_i) == QLatin1Char('=')))
                break;
            ++m_i;
        }
        t->text = m_s.mid(start, m_i - start);
        const QString lower = t->text.toLower();
        if (lower == QLatin1String("and"))
            t->kind = Token::Kind::And;
        else if (lower == QLatin1String("or"))
            t->kind = Token::Kind::Or;
        else if (lower == QLatin1String("not"))
            t->kind = Token::Kind::Not;
        else
            t->kind = Token::Kind::Word;
    }
    // A JSON string literal, escapes and all.
    bool quoted(Token *t, QString *error)
    {
        const qsizetype start = m_i++;
        while (m_i < m_s.size() && m_s.at(m_i) != QLatin1Char('"'))
            m_i += m_s.at(m_i) == QLatin1Char('\\') ? 2 : 1;
        if (m_i >= m_s.size()) {
            *error = FrameFilter::tr("column %1: the quote opened here is never closed; end it with \"").arg(start + 1);
            return false;
        }
        ++m_i;
        const QJsonDocument doc = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(m_s.mid(start, m_i - start)).toUtf8());
        if (!doc.isArray() || !doc.array().at(0).isString()) {
            *error = FrameFilter::tr("column %1: %2 is not a valid quoted string (escape a quote as \\\")")
                         .arg(start + 1)
                         .arg(m_s.mid(start, m_i - start));
            return false;
        }
        t->kind = Token::Kind::Quoted;
        t->text = doc.array().at(0).toString();
        return true;
    }
    // /pattern/ with optional flags (i); a slash inside is written \/.
    bool regex(Token *t, QString *error)
    {
        const qsizetype start = m_i++;
        QString pattern;
        while (m_i < m_s.size() && m_s.at(m_i) != QLatin1Char('/')) {
            if (m_s.at(m_i) == QLatin1Char('\\') && m_i + 1 < m_s.size() && m_s.at(m_i + 1) == QLatin1Char('/')) {
                pattern += QLatin1Char('/');
                m_i += 2;
                continue;
            }
            pattern += m_s.at(m_i++);
        }
        if (m_i >= m_s.size()) {
            *error = FrameFilter::tr("column %1: the regular expression opened here has no closing /; "
                                     "end it with / (or write \\/ for a slash inside it)")
                         .arg(start + 1);
            return false;
        }
        ++m_i;
        while (m_i < m_s.size() && m_s.at(m_i).isLetter())
            t->flags += m_s.at(m_i++);
        t->kind = Token::Kind::Regex;
        t->text = pattern;
        return true;
    }

    const QString &m_s;
    qsizetype m_i = 0;
};

class Parser
{
public:
    Parser(QList<Token> tokens, QString *error) : m_t(std::move(tokens)), m_error(error) { }

    NodePtr parse()
    {
        NodePtr root = orExpression();
        if (root && peek().kind != Token::Kind::End)
            return fail(peek(),
                        peek().kind == Token::Kind::Close ? FrameFilter::tr("a ) with no ( before it")
                                                          : FrameFilter::tr("unexpected %1").arg(quote(peek())));
        return root;
    }

private:
    const Token &peek() const { return m_t.at(std::min(m_at, m_t.size() - 1)); }
    const Token &next() { return m_t.at(std::min(m_at++, m_t.size() - 1)); }
    static QString quote(const Token &t)
    {
        switch (t.kind) {
        case Token::Kind::End:
            return FrameFilter::tr("end of the filter");
        case Token::Kind::Open:
            return QStringLiteral("(");
        case Token::Kind::Close:
            return QStringLiteral(")");
        default:
            return QStringLiteral("\"%1\"").arg(t.text);
        }
    }
    NodePtr fail(const Token &at, const QString &what)
    {
        if (m_error->isEmpty())
            *m_error = FrameFilter::tr("column %1: %2").arg(at.column).arg(what);
        return nullptr;
    }
    static NodePtr join(Node::Kind kind, NodePtr left, NodePtr right)
    {
        auto n = std::make_shared<Node>();
        n->kind = kind;
        n->left = std::move(left);
        n->right = std::move(right);
        return n;
    }

    NodePtr orExpression()
    {
        NodePtr left = andExpression();
        while (left && peek().kind == Token::Kind::Or) {
            next();
            NodePtr right = andExpression();
            if (!right)
                return nullptr;
            left = join(Node::Kind::Or, left, right);
        }
        return left;
    }
    NodePtr andExpression()
    {
        NodePtr left = unary();
        while (left && peek().kind != Token::Kind::End && peek().kind != Token::Kind::Close && peek().kind != Token::Kind::Or) {
            if (peek().kind == Token::Kind::And)
                next();
            NodePtr right = unary();
            if (!right)
                return nullptr;
            left = join(Node::Kind::And, left, right);
        }
        return left;
    }
    NodePtr unary()
    {
        const Token &t = peek();
        if (t.kind == Token::Kind::Not) {
            next();
            NodePtr inner = unary();
            return inner ? join(Node::Kind::Not, inner, nullptr) : nullptr;
        }
        if (t.kind == Token::Kind::Open) {
            next();
            NodePtr inner = orExpression();
            if (inner && peek().kind != Token::Kind::Close)
                return fail(t, FrameFilter::tr("the ( opened here is never closed; add a )"));
            next();
            return inner;
        }
        return term();
    }
    NodePtr term()
    {
        const Token t = next();
        switch (t.kind) {
        case Token::Kind::Quoted:
            return text(t.text);
        case Token::Kind::Regex:
            return regex(t);
        case Token::Kind::Word:
            if (peek().kind == Token::Kind::Operator)
                return comparison(t);
            return keyTerm(t);
        case Token::Kind::Operator:
            return fail(t, FrameFilter::tr("%1 needs a JSON path before it, as in type == \"auth_invalid\"").arg(t.text));
        case Token::Kind::End:
            return fail(t, FrameFilter::tr("the filter ends where a term was due (text, key:value or path == value)"));
        default:
            return fail(t, FrameFilter::tr("unexpected %1 where a term was due").arg(quote(t)));
        }
    }
    static NodePtr text(const QString &what)
    {
        auto n = std::make_shared<Node>();
        n->kind = Node::Kind::Text;
        n->text = what;
        return n;
    }
    NodePtr regex(const Token &t)
    {
        auto n = std::make_shared<Node>();
        n->kind = Node::Kind::Regex;
        if (!compileRegex(t, &n->regex))
            return nullptr;
        return n;
    }
    bool compileRegex(const Token &t, QRegularExpression *out)
    {
        QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
        for (const QChar flag : t.flags) {
            if (flag != QLatin1Char('i')) {
                fail(t, FrameFilter::tr("/%1/%2: the only flag is i (any case)").arg(t.text, t.flags));
                return false;
            }
            options |= QRegularExpression::CaseInsensitiveOption;
        }
        *out = QRegularExpression(t.text, options);
        if (!out->isValid()) {
            fail(t,
                 FrameFilter::tr("/%1/ is not a regular expression: %2 at offset %3")
                     .arg(t.text, out->errorString())
                     .arg(out->patternErrorOffset()));
            return false;
        }
        out->optimize();
        return true;
    }

    // `key:value`, or plain text to find.
    NodePtr keyTerm(const Token &t)
    {
        const qsizetype colon = t.text.indexOf(QLatin1Char(':'));
        const QString key = colon > 0 ? t.text.left(colon).toLower() : QString();
        if (colon <= 0 || !filterKeys().contains(key)) {
            const QString meant = colon > 0 ? ClosestName::among(key, filterKeys()) : QString();
            if (!meant.isEmpty())
                return fail(t,
                            FrameFilter::tr("%1: there is no key \"%2\"; did you mean %3:? (or quote it to find the text)")
                                .arg(t.text, key, meant));
            return text(t.text);
        }
        const QString value = t.text.mid(colon + 1);
        auto n = std::make_shared<Node>();
        if (key == QLatin1String("dir")) {
            if (value != QLatin1String("in") && value != QLatin1String("out"))
                return fail(t, FrameFilter::tr("%1: dir is in or out").arg(t.text));
            n->kind = Node::Kind::Dir;
            n->dir = value == QLatin1String("in") ? Direction::In : Direction::Out;
        } else if (key == QLatin1String("type")) {
            n->kind = Node::Kind::Types;
            for (const QString &name : value.split(QLatin1Char(','))) {
                const std::optional<FrameType> type = frameType(name);
                if (!type)
                    return fail(t,
                                FrameFilter::tr("%1: \"%2\" is not a frame type; write one or more of "
                                                "open, text, binary, ping, pong, close, error (comma-separated)")
                                    .arg(t.text, name));
                n->types << *type;
            }
        } else if (key == QLatin1String("is")) {
            if (value == QLatin1String("data"))
                n->kind = Node::Kind::Data;
            else if (value == QLatin1String("control"))
                n->kind = Node::Kind::Control;
            else if (value == QLatin1String("finding"))
                n->kind = Node::Kind::Flagged;
            else
                return fail(t, FrameFilter::tr("%1: is takes data, control or finding").arg(t.text));
        } else {
            const std::optional<NumberRange> range = NumberRange::parse(value);
            if (!range)
                return fail(t,
                            FrameFilter::tr("%1: write a number or a range, as %2:10..99, %2:..50, %2:>1000").arg(t.text, key));
            n->range = *range;
            n->kind = key == QLatin1String("t") ? Node::Kind::Time
                : key == QLatin1String("size")  ? Node::Kind::Size
                : key == QLatin1String("conn")  ? Node::Kind::Connection
                                                : Node::Kind::CloseCode;
        }
        return n;
    }
    static std::optional<FrameType> frameType(const QString &name)
    {
        for (const FrameType type : {FrameType::Open, FrameType::Text, FrameType::Binary, FrameType::Ping, FrameType::Pong,
                                     FrameType::Close, FrameType::Error})
            if (frameTypeName(type) == name.toLower())
                return type;
        return std::nullopt;
    }

    // `path op value`.
    NodePtr comparison(const Token &pathToken)
    {
        auto n = std::make_shared<Node>();
        n->kind = Node::Kind::Json;
        if (!parsePath(pathToken, &n->path))
            return nullptr;
        const Token op = next();
        static const QHash<QString, Comparison> ops{
            {QStringLiteral("=="), Comparison::Equal},  {QStringLiteral("!="), Comparison::NotEqual},
            {QStringLiteral("~"), Comparison::Matches}, {QStringLiteral("=~"), Comparison::Matches},
            {QStringLiteral("<"), Comparison::Less},    {QStringLiteral("<="), Comparison::LessOrEqual},
            {QStringLiteral(">"), Comparison::Greater}, {QStringLiteral(">="), Comparison::GreaterOrEqual}};
        n->comparison = ops.value(op.text);
        const Token value = next();
        if (value.kind != Token::Kind::Word && value.kind != Token::Kind::Quoted && value.kind != Token::Kind::Regex)
            return fail(
                value,
                FrameFilter::tr("%1 %2 needs a value after it, as in %1 %2 \"auth_invalid\"").arg(pathToken.text, op.text));
        if (n->comparison == Comparison::Matches) {
            Token pattern = value;
            if (!compileRegex(pattern, &n->regex))
                return nullptr;
            return n;
        }
        n->literal = literal(value);
        const bool ordered = n->comparison != Comparison::Equal && n->comparison != Comparison::NotEqual;
        if (ordered && !n->literal.isDouble())
            return fail(value,
                        FrameFilter::tr("%1 %2 compares numbers; %3 is not one").arg(pathToken.text, op.text, quote(value)));
        // Most frames can be set aside without reading their JSON: a matching one holds the
        // member's name and (for == a string) the string itself.
        if (!n->path.isEmpty() && !n->path.last().name.isEmpty())
            n->mustContain = n->path.last().name.toUtf8();
        if (n->comparison == Comparison::Equal && n->literal.isString() && !n->literal.toString().isEmpty())
            n->mustContain = n->literal.toString().toUtf8();
        n->mustContainIsPlain = !n->mustContain.contains("redacted") && !n->mustContain.contains("\xC2\xAB")
            && !n->mustContain.contains("\xC2\xBB") && !n->mustContain.contains(':');
        return n;
    }
    static QJsonValue literal(const Token &t)
    {
        if (t.kind != Token::Kind::Word)
            return t.text;
        const QJsonDocument doc = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(t.text).toUtf8());
        if (doc.isArray() && doc.array().size() == 1 && !doc.array().at(0).isArray() && !doc.array().at(0).isObject())
            return doc.array().at(0);
        return t.text; // a bare word: a string
    }
    // `$`, `$.event.data`, `type`, `items[0].id`, `[1].user`.
    bool parsePath(const Token &t, QList<PathStep> *out)
    {
        QStringView s(t.text);
        if (s.startsWith(QLatin1Char('$')))
            s = s.mid(1);
        if (s.startsWith(QLatin1Char('.')))
            s = s.mid(1);
        qsizetype i = 0;
        while (i < s.size()) {
            if (s.at(i) == QLatin1Char('[')) {
                const qsizetype end = s.indexOf(QLatin1Char(']'), i);
                bool ok = false;
                const qsizetype index = end > i ? s.mid(i + 1, end - i - 1).toLongLong(&ok) : -1;
                if (!ok || index < 0) {
                    fail(t, FrameFilter::tr("%1: an array index is written [0], [1]…").arg(t.text));
                    return false;
                }
                out->append(PathStep{QString(), index});
                i = end + 1;
                if (i < s.size() && s.at(i) == QLatin1Char('.'))
                    ++i;
                continue;
            }
            qsizetype end = i;
            while (end < s.size() && s.at(end) != QLatin1Char('.') && s.at(end) != QLatin1Char('['))
                ++end;
            if (end == i) {
                fail(t, FrameFilter::tr("%1: a path step is empty (two dots?)").arg(t.text));
                return false;
            }
            out->append(PathStep{s.mid(i, end - i).toString(), -1});
            i = end < s.size() && s.at(end) == QLatin1Char('.') ? end + 1 : end;
        }
        return true;
    }

    QList<Token> m_t;
    QString *m_error;
    qsizetype m_at = 0;
};

// What a frame says, read once however many terms ask.
class Reading
{
public:
    Reading(const FrameFilter::Subject &s, const SecretRedactor &redactor) : m_s(s), m_redactor(redactor) { }

    const FrameFilter::Subject &subject() const { return m_s; }
    // As the lists show it, secrets redacted; empty for a binary payload.
    const QString &text()
    {
        if (!m_text) {
            const FramePresenter::Data d = FramePresenter::data(m_s.frame, m_redactor);
            m_text = d.base64 ? QString() : d.text;
        }
        return *m_text;
    }
    // The payload's bytes as a filter may see them: secrets redacted.
    QByteArrayView bytes()
    {
        if (!m_bytes)
            m_bytes = m_redactor.finds(m_s.frame.payload) ? m_redactor.redact(m_s.frame.payload.toByteArray()) : QByteArray();
        return m_bytes->isEmpty() ? m_s.frame.payload : QByteArrayView(*m_bytes);
    }
    const QJsonValue &json()
    {
        if (!m_json)
            m_json = readJson(bytes());
        return *m_json;
    }

private:
    static QJsonValue readJson(QByteArrayView b)
    {
        if (b.startsWith("\xEF\xBB\xBF"))
            b = b.sliced(3);
        // Socket.IO / Engine.IO: packet type digits, an optional /namespace, an optional ack id.
        qsizetype i = 0;
        while (i < b.size() && b.at(i) >= '0' && b.at(i) <= '9')
            ++i;
        if (i > 0 && i < b.size() && b.at(i) == '/') {
            const qsizetype comma = b.indexOf(',', i);
            i = comma < 0 ? b.size() : comma + 1;
            while (i < b.size() && b.at(i) >= '0' && b.at(i) <= '9')
                ++i;
        }
        b = b.sliced(i);
        if (b.isEmpty() || (b.front() != '{' && b.front() != '['))
            return QJsonValue(QJsonValue::Undefined);
        const QJsonDocument doc = QJsonDocument::fromJson(b.toByteArray());
        if (doc.isObject())
            return doc.object();
        if (doc.isArray())
            return doc.array();
        return QJsonValue(QJsonValue::Undefined);
    }

    const FrameFilter::Subject &m_s;
    const SecretRedactor &m_redactor;
    std::optional<QString> m_text;
    std::optional<QByteArray> m_bytes;
    std::optional<QJsonValue> m_json;
};

QJsonValue valueAt(const QJsonValue &root, const QList<PathStep> &path)
{
    QJsonValue v = root;
    for (const PathStep &step : path) {
        if (step.index >= 0) {
            if (!v.isArray() || step.index >= v.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            v = v.toArray().at(step.index);
        } else {
            if (!v.isObject())
                return QJsonValue(QJsonValue::Undefined);
            v = v.toObject().value(step.name);
        }
    }
    return v;
}

bool compareJson(const Node &n, Reading &r)
{
    if (!n.mustContain.isEmpty()) {
        // Unredacted bytes can set a frame aside when redaction cannot bring the text in (a
        // marker's words are not in it): it only ever takes text out. This spares reading
        // and redacting almost every frame of a long capture.
        const QByteArrayView raw = r.subject().frame.payload;
        if (n.mustContainIsPlain && !raw.contains('\\') && !raw.contains(n.mustContain))
            return false;
        const QByteArrayView b = r.bytes();
        if (!b.contains('\\') && !b.contains(n.mustContain))
            return false;
    }
    const QJsonValue v = valueAt(r.json(), n.path);
    if (v.isUndefined())
        return false; // a comparison needs the field; `not a == b` finds the rest
    switch (n.comparison) {
    case Comparison::Equal:
        return v == n.literal;
    case Comparison::NotEqual:
        return v != n.literal;
    case Comparison::Matches:
        if (v.isString())
            return n.regex.match(v.toString()).hasMatch();
        if (v.isDouble() || v.isBool())
            return n.regex
                .match(v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                  : QString::number(v.toDouble(), 'g', 17))
                .hasMatch();
        return false;
    default:
        break;
    }
    if (!v.isDouble())
        return false;
    const double a = v.toDouble(), b = n.literal.toDouble();
    switch (n.comparison) {
    case Comparison::Less:
        return a < b;
    case Comparison::LessOrEqual:
        return a <= b;
    case Comparison::Greater:
        return a > b;
    default:
        return a >= b;
    }
}

bool evaluate(const Node &n, Reading &r)
{
    const Frame &f = r.subject().frame;
    switch (n.kind) {
    case Node::Kind::And:
        return evaluate(*n.left, r) && evaluate(*n.right, r);
    case Node::Kind::Or:
        return evaluate(*n.left, r) || evaluate(*n.right, r);
    case Node::Kind::Not:
        return !evaluate(*n.left, r);
    case Node::Kind::Text:
        return r.text().contains(n.text, Qt::CaseInsensitive);
    case Node::Kind::Regex:
        return n.regex.match(r.text()).hasMatch();
    case Node::Kind::Dir:
        return f.type != FrameType::Open && f.type != FrameType::Error && f.dir == n.dir;
    case Node::Kind::Types:
        return n.types.contains(f.type);
    case Node::Kind::Data:
        return f.isData();
    case Node::Kind::Control:
        return f.type == FrameType::Ping || f.type == FrameType::Pong || f.type == FrameType::Close;
    case Node::Kind::Flagged:
        return r.subject().flagged;
    case Node::Kind::Time:
        return n.range.contains(RunClock::toMs(f.tUs));
    case Node::Kind::Size:
        return n.range.contains(double(f.payload.size()));
    case Node::Kind::Connection:
        return n.range.contains(double(r.subject().connection + 1));
    case Node::Kind::CloseCode:
        return f.hasCloseCode() && n.range.contains(double(f.closeCode));
    case Node::Kind::Json:
        return compareJson(n, r);
    }
    return false;
}

} // namespace

FrameFilter::FrameFilter() = default;
FrameFilter::~FrameFilter() = default;
FrameFilter::FrameFilter(const FrameFilter &other) = default;
FrameFilter &FrameFilter::operator=(const FrameFilter &other) = default;

FrameFilter FrameFilter::parse(const QString &expression, QString *error)
{
    QString problem;
    FrameFilter filter;
    if (!expression.trimmed().isEmpty()) {
        QList<Token> tokens = Lexer(expression).tokens(&problem);
        if (problem.isEmpty())
            filter.m_root = Parser(std::move(tokens), &problem).parse();
        if (!problem.isEmpty())
            filter.m_root.reset();
        else
            filter.m_expression = expression.trimmed();
    }
    if (error)
        *error = problem;
    return filter;
}

bool FrameFilter::matches(const Subject &subject, const SecretRedactor &redactor) const
{
    if (!m_root)
        return true;
    Reading reading(subject, redactor);
    return evaluate(*m_root, reading);
}

} // namespace tunnelscope
