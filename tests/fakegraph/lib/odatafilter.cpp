#include "odatafilter.h"

#include <QJsonArray>
#include <QList>

using namespace Qt::StringLiterals;

namespace Sspr::FakeGraph {

struct ODataFilter::Node
{
    enum class Kind { And, Or, Not, Compare, StartsWith, EndsWith, In, Any };
    Kind kind = Kind::Compare;
    QString property;
    QString op;
    QJsonValue literal;
    QList<QJsonValue> list;
    std::shared_ptr<Node> left, right;
};

namespace {

struct Token
{
    enum class Type { Identifier, String, Number, LParen, RParen, Comma, Colon, End };
    Type type = Type::End;
    QString text;
};

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text)
    {
        advance();
    }

    std::shared_ptr<ODataFilter::Node> parseOr()
    {
        auto left = parseAnd();
        while (left && isKeyword(u"or")) {
            advance();
            auto node = std::make_shared<ODataFilter::Node>();
            node->kind = ODataFilter::Node::Kind::Or;
            node->left = left;
            node->right = parseAnd();
            if (!node->right)
                return nullptr;
            left = node;
        }
        return left;
    }
    bool atEnd() const { return m_token.type == Token::Type::End; }
    bool advanced = false;
    QString error;

private:
    using Node = ODataFilter::Node;

    bool isKeyword(QStringView word) const
    {
        return m_token.type == Token::Type::Identifier && m_token.text.compare(word, Qt::CaseInsensitive) == 0;
    }

    std::shared_ptr<Node> parseAnd()
    {
        auto left = parseUnary();
        while (left && isKeyword(u"and")) {
            advance();
            auto node = std::make_shared<Node>();
            node->kind = Node::Kind::And;
            node->left = left;
            node->right = parseUnary();
            if (!node->right)
                return nullptr;
            left = node;
        }
        return left;
    }

    std::shared_ptr<Node> parseUnary()
    {
        if (isKeyword(u"not")) {
            advanced = true;
            advance();
            auto node = std::make_shared<Node>();
            node->kind = Node::Kind::Not;
            node->left = parseUnary();
            return node->left ? node : nullptr;
        }
        if (m_token.type == Token::Type::LParen) {
            advance();
            auto inner = parseOr();
            if (!inner || !expect(Token::Type::RParen))
                return nullptr;
            return inner;
        }
        if (m_token.type != Token::Type::Identifier)
            return fail();
        const QString name = m_token.text;
        advance();
        const QString lower = name.toLower();
        if ((lower == u"startswith" || lower == u"endswith") && m_token.type == Token::Type::LParen) {
            advance();
            auto node = std::make_shared<Node>();
            node->kind = lower == u"startswith" ? Node::Kind::StartsWith : Node::Kind::EndsWith;
            if (node->kind == Node::Kind::EndsWith)
                advanced = true;
            if (m_token.type != Token::Type::Identifier)
                return fail();
            node->property = m_token.text;
            advance();
            if (!expect(Token::Type::Comma))
                return nullptr;
            if (m_token.type != Token::Type::String)
                return fail();
            node->literal = m_token.text;
            advance();
            if (!expect(Token::Type::RParen))
                return nullptr;
            return node;
        }
        if (lower.endsWith(u"/any") && m_token.type == Token::Type::LParen) {
            advance();
            auto node = std::make_shared<Node>();
            node->kind = Node::Kind::Any;
            node->property = name.left(name.size() - 4);
            if (m_token.type != Token::Type::Identifier)
                return fail();
            const QString variable = m_token.text;
            advance();
            if (!expect(Token::Type::Colon))
                return nullptr;
            if (m_token.type != Token::Type::Identifier || m_token.text != variable)
                return fail();
            advance();
            if (!isKeyword(u"eq"))
                return fail();
            advance();
            if (!literal(&node->literal))
                return nullptr;
            if (!expect(Token::Type::RParen))
                return nullptr;
            return node;
        }
        auto node = std::make_shared<Node>();
        node->property = name;
        if (isKeyword(u"in")) {
            advance();
            node->kind = Node::Kind::In;
            if (!expect(Token::Type::LParen))
                return nullptr;
            while (true) {
                QJsonValue value;
                if (!literal(&value))
                    return nullptr;
                node->list.append(value);
                if (m_token.type == Token::Type::Comma) {
                    advance();
                    continue;
                }
                if (!expect(Token::Type::RParen))
                    return nullptr;
                break;
            }
            return node;
        }
        static const QStringList ops {u"eq"_s, u"ne"_s, u"gt"_s, u"ge"_s, u"lt"_s, u"le"_s};
        if (m_token.type != Token::Type::Identifier || !ops.contains(m_token.text.toLower()))
            return fail();
        node->kind = Node::Kind::Compare;
        node->op = m_token.text.toLower();
        if (node->op == u"ne")
            advanced = true;
        advance();
        if (!literal(&node->literal))
            return nullptr;
        return node;
    }

    bool literal(QJsonValue *out)
    {
        if (m_token.type == Token::Type::String) {
            *out = m_token.text;
        } else if (m_token.type == Token::Type::Number) {
            *out = m_token.text.toDouble();
        } else if (isKeyword(u"true") || isKeyword(u"false")) {
            *out = isKeyword(u"true");
        } else if (isKeyword(u"null")) {
            *out = QJsonValue(QJsonValue::Null);
        } else {
            fail();
            return false;
        }
        advance();
        return true;
    }

    bool expect(Token::Type type)
    {
        if (m_token.type != type) {
            fail();
            return false;
        }
        advance();
        return true;
    }

    std::shared_ptr<Node> fail()
    {
        if (error.isEmpty())
            error = u"Invalid filter clause: syntax error at position %1 in '%2'."_s.arg(m_position).arg(m_text);
        m_token.type = Token::Type::End;
        return nullptr;
    }

    void advance()
    {
        while (m_position < m_text.size() && m_text.at(m_position).isSpace())
            ++m_position;
        m_token = Token {};
        if (m_position >= m_text.size())
            return;
        const QChar c = m_text.at(m_position);
        if (c == u'(' || c == u')' || c == u',' || c == u':') {
            m_token.type = c == u'(' ? Token::Type::LParen
                : c == u')'          ? Token::Type::RParen
                : c == u','          ? Token::Type::Comma
                                     : Token::Type::Colon;
            ++m_position;
            return;
        }
        if (c == u'\'') {
            QString value;
            ++m_position;
            while (true) {
                if (m_position >= m_text.size()) {
                    error = u"Invalid filter clause: unterminated string literal."_s;
                    m_token.type = Token::Type::End;
                    return;
                }
                const QChar ch = m_text.at(m_position++);
                if (ch == u'\'') {
                    if (m_position < m_text.size() && m_text.at(m_position) == u'\'') {
                        value.append(u'\'');
                        ++m_position;
                        continue;
                    }
                    break;
                }
                value.append(ch);
            }
            m_token.type = Token::Type::String;
            m_token.text = value;
            return;
        }
        const qsizetype start = m_position;
        if (c.isDigit() || c == u'-') {
            ++m_position;
            while (m_position < m_text.size() && (m_text.at(m_position).isDigit() || m_text.at(m_position) == u'.'))
                ++m_position;
            m_token.type = Token::Type::Number;
            m_token.text = m_text.mid(start, m_position - start);
            return;
        }
        while (m_position < m_text.size()) {
            const QChar ch = m_text.at(m_position);
            if (!(ch.isLetterOrNumber() || ch == u'_' || ch == u'/' || ch == u'.' || ch == u'@'))
                break;
            ++m_position;
        }
        if (m_position == start) {
            error = u"Invalid filter clause: unexpected character '%1'."_s.arg(c);
            m_token.type = Token::Type::End;
            ++m_position;
            return;
        }
        m_token.type = Token::Type::Identifier;
        m_token.text = m_text.mid(start, m_position - start);
    }

    QString m_text;
    qsizetype m_position = 0;
    Token m_token;
};

int compareValues(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isString() && b.isString())
        return a.toString().compare(b.toString(), Qt::CaseInsensitive);
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    if (a.isBool() && b.isBool())
        return int(a.toBool()) - int(b.toBool());
    if ((a.isNull() || a.isUndefined()) && b.isNull())
        return 0;
    return 2; // incomparable
}

bool evaluate(const ODataFilter::Node &node, const ODataFilter::Getter &get)
{
    using Kind = ODataFilter::Node::Kind;
    switch (node.kind) {
    case Kind::And:
        return evaluate(*node.left, get) && evaluate(*node.right, get);
    case Kind::Or:
        return evaluate(*node.left, get) || evaluate(*node.right, get);
    case Kind::Not:
        return !evaluate(*node.left, get);
    case Kind::StartsWith:
        return get(node.property).toString().startsWith(node.literal.toString(), Qt::CaseInsensitive);
    case Kind::EndsWith:
        return get(node.property).toString().endsWith(node.literal.toString(), Qt::CaseInsensitive);
    case Kind::In: {
        const QJsonValue value = get(node.property);
        for (const QJsonValue &candidate : node.list) {
            if (compareValues(value, candidate) == 0)
                return true;
        }
        return false;
    }
    case Kind::Any: {
        for (const QJsonValue &item : get(node.property).toArray()) {
            if (compareValues(item, node.literal) == 0)
                return true;
        }
        return false;
    }
    case Kind::Compare: {
        const int c = compareValues(get(node.property), node.literal);
        if (node.op == u"eq")
            return c == 0;
        if (node.op == u"ne")
            return c != 0;
        if (c == 2)
            return false;
        if (node.op == u"gt")
            return c > 0;
        if (node.op == u"ge")
            return c >= 0;
        if (node.op == u"lt")
            return c < 0;
        return c <= 0;
    }
    }
    return false;
}

} // namespace

bool ODataFilter::parse(const QString &text, QString *error)
{
    m_root.reset();
    m_advanced = false;
    if (text.trimmed().isEmpty())
        return true;
    Parser parser(text);
    auto root = parser.parseOr();
    if (!root || !parser.atEnd() || !parser.error.isEmpty()) {
        *error = parser.error.isEmpty() ? u"Invalid filter clause."_s : parser.error;
        return false;
    }
    m_root = root;
    m_advanced = parser.advanced;
    return true;
}

bool ODataFilter::matches(const Getter &get) const
{
    return !m_root || evaluate(*m_root, get);
}

} // namespace Sspr::FakeGraph
