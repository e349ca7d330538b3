#include "demotenant.h"

#include "random.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace Sspr::Core {

namespace {

using namespace Qt::StringLiterals;

// ---- Names, by naming culture. Diacritics are deliberate: search and sorting must cope with them.
struct Culture
{
    std::vector<const char *> given;
    std::vector<const char *> surnames;
};

const std::vector<Culture> &cultures()
{
    static const std::vector<Culture> table = {
        // 0 English
        {{"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
          "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Chris", "Karen",
          "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Sandra", "Paul", "Ashley", "Steven",
          "Kimberly", "Andrew", "Emily", "Joshua", "Donna", "Kevin", "Michelle", "Brian", "Amanda", "Ann", "Anna",
          "Ann-Marie", "Olivia", "Liam", "Noah", "Emma", "Ava", "Sophia", "Isabella"},
         {"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
          "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
          "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill",
          "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Turner", "Parker", "Collins",
          "Edwards", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "O'Brien", "O'Connor", "McDonald", "Kelly"}},
        // 1 German
        {{"Lukas", "Leon", "Finn", "Jonas", "Paul", "Felix", "Maximilian", "Elias", "Noah", "Ben", "Emma", "Mia",
          "Hannah", "Sophie", "Lena", "Lea", "Marie", "Anna", "Johanna", "Jürgen", "Günter", "Jörg", "Uwe",
          "Dieter", "Sabine", "Ursula", "Monika", "Petra", "Birgit", "Katrin", "Stefan", "Andreas", "Michael",
          "Thomas", "Frank", "Klaus", "Matthias", "Tobias", "Sebastian", "Florian"},
         {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
          "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
          "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier",
          "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber"}},
        // 2 French
        {{"Jean", "Marie", "Pierre", "Michel", "André", "Philippe", "René", "Louis", "Alain", "Jacques",
          "Françoise", "Monique", "Catherine", "Nathalie", "Isabelle", "Sylvie", "Céline", "Hélène", "Chloé",
          "Léa", "Manon", "Camille", "Théo", "Hugo", "Lucas", "Gabriel", "Raphaël", "Arthur", "Zoé", "Inès"},
         {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
          "Simon", "Laurent", "Lefèbvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
          "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez"}},
        // 3 Portuguese
        {{"João", "Maria", "José", "Ana", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz",
          "Marcos", "Luís", "Gabriel", "Rafael", "Juliana", "Márcia", "Fernanda", "Patrícia", "Aline", "Beatriz",
          "Inês", "Gonçalo", "Tiago", "Rodrigo", "Camila", "Letícia", "Vitória", "Sebastião", "Conceição"},
         {"Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes",
          "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Soares", "Fernandes", "Vieira", "Barbosa",
          "Rocha", "Dias", "Nascimento", "Andrade", "Moreira", "Nunes", "Marques", "Machado", "Mendes", "Freitas",
          "Conceição", "Araújo", "Gonçalves", "Magalhães", "Simões"}},
        // 4 Spanish
        {{"Antonio", "Manuel", "José", "Francisco", "David", "Juan", "Javier", "Daniel", "Carlos", "Jesús",
          "María", "Carmen", "Lucía", "Sofía", "Martina", "Paula", "Laura", "Marta", "Ángel", "Álvaro", "Sergio",
          "Pablo", "Alejandro", "Adrián", "Raúl", "Elena", "Cristina", "Isabel", "Pilar", "Dolores"},
         {"García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
          "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Alonso",
          "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Ramírez", "Serrano", "Blanco",
          "Molina"}},
        // 5 Italian
        {{"Giuseppe", "Giovanni", "Antonio", "Mario", "Luigi", "Francesco", "Angelo", "Vincenzo", "Pietro",
          "Salvatore", "Giulia", "Chiara", "Francesca", "Federica", "Sara", "Martina", "Valentina", "Alessandra",
          "Niccolò", "Nicolò"},
         {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
          "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti"}},
        // 6 Dutch
        {{"Daan", "Sem", "Lucas", "Levi", "Milan", "Bram", "Jesse", "Thijs", "Anouk", "Sanne", "Fleur", "Lotte",
          "Femke", "Eva", "Julia", "Noor", "Maud", "Sven", "Ruben", "Joost"},
         {"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
          "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
          "Brouwer"}},
        // 7 Swedish
        {{"Lars", "Anders", "Johan", "Per", "Erik", "Karl", "Nils", "Björn", "Åsa", "Karin", "Ingrid", "Märta",
          "Linnéa", "Elsa", "Astrid", "Maja", "Oskar", "Axel", "Ebba", "Saga"},
         {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
          "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg",
          "Jakobsson", "Magnusson", "Öberg"}},
        // 8 Polish
        {{"Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Michał", "Marcin", "Łukasz", "Anna", "Maria",
          "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Zofia", "Wojciech", "Jakub", "Grzegorz",
          "Jędrzej"},
         {"Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
          "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk",
          "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski"}},
        // 9 Indian
        {{"Aarav", "Vivaan", "Aditya", "Vihaan", "Arjun", "Sai", "Reyansh", "Krishna", "Ishaan", "Rohan",
          "Priya", "Ananya", "Diya", "Aadhya", "Saanvi", "Kavya", "Lakshmi", "Deepa", "Sunita", "Rahul", "Amit",
          "Sanjay", "Vikram", "Neha", "Pooja"},
         {"Sharma", "Verma", "Gupta", "Singh", "Kumar", "Patel", "Reddy", "Rao", "Iyer", "Nair", "Menon", "Das",
          "Bose", "Chatterjee", "Banerjee", "Mukherjee", "Joshi", "Kulkarni", "Desai", "Mehta", "Shah",
          "Agarwal", "Pillai", "Krishnan", "Subramanian"}},
        // 10 Japanese (romanised, as most Entra tenants hold them)
        {{"Haruto", "Yuto", "Sota", "Yuki", "Hayato", "Haruki", "Ryusei", "Koki", "Sora", "Sakura", "Yui",
          "Hina", "Aoi", "Rin", "Mei", "Yuna", "Akira", "Takashi", "Kenji", "Hiroshi"},
         {"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi",
          "Kato", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura", "Hayashi",
          "Shimizu", "Saito"}},
    };
    return table;
}

struct Country
{
    const char *code; // ISO 3166 alpha-2, the usageLocation
    const char *name;
    int culture;
    int weight; // share of users, per mille
    const char *callingCode;
    // Mobile national numbers: a prefix picked at random, then random digits up to mobileLength.
    std::array<const char *, 4> mobilePrefixes;
    int mobileLength;
    const char *officeMain; // the office switchboard, national significant number
    int region; // 0 North America, 1 Europe, 2 Latin America, 3 Asia Pacific, 4 Africa
};

const std::vector<Country> &countries()
{
    static const std::vector<Country> table = {
        {"US", "United States", 0, 240, "1", {"425", "206", "312", "646"}, 10, "4255550100", 0},
        {"GB", "United Kingdom", 0, 100, "44", {"77", "78", "79", "74"}, 10, "2079460000", 1},
        {"DE", "Germany", 1, 100, "49", {"170", "171", "175", "160"}, 10, "8912345000", 1},
        {"FR", "France", 2, 60, "33", {"6", "7", "61", "66"}, 9, "140200000", 1},
        {"BR", "Brazil", 3, 60, "55", {"119", "219", "319", "419"}, 11, "1130040000", 2},
        {"IN", "India", 9, 80, "91", {"98", "97", "90", "81"}, 10, "8041230000", 3},
        {"JP", "Japan", 10, 40, "81", {"90", "80", "70", "90"}, 10, "345670000", 3},
        {"ES", "Spain", 4, 40, "34", {"6", "61", "65", "69"}, 9, "912300000", 1},
        {"MX", "Mexico", 4, 30, "52", {"55", "33", "81", "55"}, 10, "5552300000", 2},
        {"IT", "Italy", 5, 30, "39", {"33", "34", "32", "39"}, 10, "0612300000", 1},
        {"NL", "Netherlands", 6, 30, "31", {"6", "61", "62", "65"}, 9, "201230000", 1},
        {"SE", "Sweden", 7, 20, "46", {"70", "72", "73", "76"}, 9, "812300000", 1},
        {"PL", "Poland", 8, 30, "48", {"50", "60", "51", "69"}, 9, "221230000", 1},
        {"CA", "Canada", 0, 40, "1", {"416", "604", "514", "403"}, 10, "4165550100", 0},
        {"AU", "Australia", 0, 30, "61", {"4", "41", "42", "43"}, 9, "291230000", 3},
        {"CH", "Switzerland", 1, 20, "41", {"79", "78", "76", "77"}, 9, "441230000", 1},
        {"AT", "Austria", 1, 10, "43", {"664", "676", "699", "650"}, 10, "15123000", 1},
        {"IE", "Ireland", 0, 10, "353", {"83", "85", "86", "87"}, 9, "11230000", 1},
        {"PT", "Portugal", 3, 10, "351", {"91", "92", "93", "96"}, 9, "211230000", 1},
        {"ZA", "South Africa", 0, 10, "27", {"82", "83", "72", "73"}, 9, "111230000", 4},
    };
    return table;
}

const char *const kDepartments[] = {"Sales",           "Marketing",  "Engineering", "Finance", "Human Resources",
                                    "IT",              "Legal",      "Customer Support", "Operations"};
constexpr int kDepartmentCount = 9;
const char *const kTitles[] = {"Associate", "Specialist", "Senior Specialist", "Manager", "Senior Manager",
                               "Director", "Analyst", "Engineer", "Consultant", "Coordinator"};

// Fixed groups, in generation order; the indexes below name the ones the generator refers to.
enum FixedGroup {
    GPasswordSelfReset = 0,
    GSsprPilot,
    GAllEmployees,
    GDepartmentFirst, // nine department groups follow
    GEngPlatform = GDepartmentFirst + kDepartmentCount,
    GEngMobile,
    GSalesEmea,
    GSalesAmericas,
    GRegionFirst, // five region groups follow
    GHelpdesk = GRegionFirst + 5,
    GPrivilegedAdmins,
    GFrontline,
    GContractors,
    GMfaCampaign,
    GExecutives,
    GRemoteWorkers,
    GFinanceApprovers,
    GHardwareToken,
    GBreakGlass,
    GFixedCount
};

const char *const kRegionNames[] = {"North America", "Europe", "Latin America", "Asia Pacific", "Africa"};

// ASCII-only case folding, as SQLite's NOCASE collation does; the store sorts with NOCASE.
int compareNoCase(const QByteArray &a, const QByteArray &b)
{
    const int n = std::min(a.size(), b.size());
    for (int i = 0; i < n; ++i) {
        unsigned char ca = static_cast<unsigned char>(a[i]);
        unsigned char cb = static_cast<unsigned char>(b[i]);
        if (ca >= 'A' && ca <= 'Z')
            ca = static_cast<unsigned char>(ca + 32);
        if (cb >= 'A' && cb <= 'Z')
            cb = static_cast<unsigned char>(cb + 32);
        if (ca != cb)
            return ca < cb ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

// A mail-safe ASCII form of a name part: diacritics dropped, spaces and apostrophes removed.
QString asciiLocalPart(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c == u'ß')
            out += u"ss"_s;
        else if (c == u'Ł' || c == u'ł')
            out += u'l';
        else if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
        else if (c == u'-')
            out += c;
    }
    return out;
}

QString guid(Random &random)
{
    const quint64 a = random.next();
    const quint64 b = random.next();
    const QString hex = QString::asprintf("%016llx%016llx", static_cast<unsigned long long>(a),
                                          static_cast<unsigned long long>(b));
    // Shape of a version-4 GUID so that Graph-bound code sees realistic ids.
    return hex.mid(0, 8) + u'-' + hex.mid(8, 4) + u"-4"_s + hex.mid(13, 3) + u'-' + u"89ab"_s[int(b % 4)]
        + hex.mid(17, 3) + u'-' + hex.mid(20, 12);
}

QString digits(Random &random, int count)
{
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out += QChar(u'0' + char16_t(random.below(10)));
    return out;
}

struct Compact
{
    quint32 index;
    quint16 country;
    quint16 given;   // index into the culture's list
    quint16 surname; // index into the culture's list
    quint32 givenRank;
    quint32 surnameRank;
};

// Human formats for profile phones, which Entra stores as typed (they are not authentication methods).
QString humanFormat(const QString &cc, const QString &national, int style)
{
    switch (style % 4) {
    case 0:
        return u'+' + cc + u' ' + national;
    case 1:
        return u'+' + cc + u' ' + national.left(3) + u' ' + national.mid(3, 3) + u' ' + national.mid(6);
    case 2:
        if (cc == u"1"_s)
            return u'(' + national.left(3) + u") "_s + national.mid(3, 3) + u'-' + national.mid(6);
        return u'0' + national.left(3) + u'-' + national.mid(3);
    default:
        return u"+"_s + cc + u'-' + national.left(3) + u'-' + national.mid(3);
    }
}

} // namespace

DemoTenantGenerator::DemoTenantGenerator(int userCount, quint64 seed)
    : m_userCount(std::max(0, userCount))
    , m_seed(seed)
{
}

QString DemoTenantGenerator::tenantName() const
{
    return u"Contoso"_s;
}

QString DemoTenantGenerator::domain() const
{
    return u"contoso.com"_s;
}

int DemoTenantGenerator::passwordSelfResetGroupIndex()
{
    return GPasswordSelfReset;
}

QList<SecurityQuestion> DemoTenantGenerator::predefinedQuestions() const
{
    // Our own wording of the kind of questions Entra offers; the real 35 are localised by Microsoft.
    static const char *const texts[] = {
        QT_TRANSLATE_NOOP("Sspr::Core::DemoTenant", "In what city was your first job?"),
        QT_TRANSLATE_NOOP("Sspr::Core::DemoTenant", "What was the name of your first pet?"),
        QT_TRANSLATE_NOOP("Sspr::Core::DemoTenant", "What was your childhood nickname?"),
        QT_TRANSLATE_NOOP("Sspr::Core::DemoTenant", "In what city did your parents meet?"),
        QT_TRANSLATE_NOOP("Sspr::Core::DemoTenant", "What was the make of your first car?"),
        QT_TRANSLATE_NOOP("Sspr::Core::DemoTenant", "What is the name of the street you grew up on?"),
        QT_TRANSLATE_NOOP("Sspr::Core::DemoTenant", "What was the name of your first school?"),
        QT_TRANSLATE_NOOP("Sspr::Core::DemoTenant", "What is your favourite book?"),
    };
    QList<SecurityQuestion> out;
    int n = 1;
    for (const char *text : texts) {
        out.append({false, u"predefined:"_s + QString::number(n++),
                    QCoreApplication::translate("Sspr::Core::DemoTenant", text)});
    }
    return out;
}

SsprPolicy DemoTenantGenerator::defaultPolicy(const QString &sspGroupId) const
{
    SsprPolicy policy;
    policy.enablement = SsprEnablement::Selected;
    policy.groupId = sspGroupId;
    policy.methodsRequired = 1;
    policy.mobileAppCode = true;
    policy.email = true;
    policy.mobilePhone = true;
    policy.questions = predefinedQuestions().mid(0, 5);
    policy.questionsToRegister = 3;
    policy.questionsToReset = 3;
    policy.registrationRequired = true;
    policy.reconfirmDays = 180;
    policy.notifyUsers = true;
    policy.notifyAdmins = true;
    policy.writebackEnabled = true;
    return policy;
}

bool DemoTenantGenerator::generate(DemoTenantSink &sink, const std::function<bool(int, int)> &progress) const
{
    Random random(m_seed);
    const auto &cultureTable = cultures();
    const auto &countryTable = countries();

    // ---- Groups: fixed ones, then one team per 200 users.
    auto addGroup = [&](const QString &name, const QString &description) {
        GroupRecord group;
        group.id = guid(random);
        group.displayName = name;
        group.description = description;
        QString nick = asciiLocalPart(name.toLower().replace(u' ', u'-'));
        group.mailNickname = nick;
        sink.addGroup(group);
    };
    addGroup(u"Password Self Reset"_s, u"Users allowed to reset their own password (SSPR scope)"_s);
    addGroup(u"SSPR Pilot"_s, u"Pilot users for self-service password reset"_s);
    addGroup(u"All Employees"_s, u"Every employee"_s);
    for (const char *department : kDepartments)
        addGroup(QString::fromUtf8(department), u"Department: "_s + QString::fromUtf8(department));
    addGroup(u"Engineering - Platform"_s, u"Platform engineering"_s);
    addGroup(u"Engineering - Mobile"_s, u"Mobile engineering"_s);
    addGroup(u"Sales - EMEA"_s, u"Sales in Europe, Middle East and Africa"_s);
    addGroup(u"Sales - Americas"_s, u"Sales in the Americas"_s);
    for (const char *region : kRegionNames)
        addGroup(u"Region - "_s + QString::fromUtf8(region), u"Employees located in "_s + QString::fromUtf8(region));
    addGroup(u"Helpdesk Operators"_s, u"First-line support staff"_s);
    addGroup(u"Privileged Admins"_s, u"Holders of privileged directory roles"_s);
    addGroup(u"Frontline Workers"_s, u"Shared-device and kiosk workers"_s);
    addGroup(u"Contractors"_s, u"External contractors"_s);
    addGroup(u"MFA Registration Campaign"_s, u"Targets of the Authenticator registration campaign"_s);
    addGroup(u"Executives"_s, u"Executive leadership"_s);
    addGroup(u"Remote Workers"_s, u"Employees working remotely"_s);
    addGroup(u"Finance Approvers"_s, u"Approvers of financial transactions"_s);
    addGroup(u"Hardware Token Users"_s, u"Users issued OATH tokens"_s);
    addGroup(u"Break Glass Accounts"_s, u"Emergency access accounts, excluded from policies"_s);
    const int teamCount = std::max(1, m_userCount / 200);
    for (int t = 0; t < teamCount; ++t) {
        const QString dept = QString::fromUtf8(kDepartments[t % kDepartmentCount]);
        addGroup(u"Team %1 - %2"_s.arg(t + 1, 3, 10, QChar(u'0')).arg(dept), u"Project team in "_s + dept);
    }
    sink.addNestedGroup(GPasswordSelfReset, GSsprPilot);
    sink.addNestedGroup(GPasswordSelfReset, GDepartmentFirst + 7); // Customer Support
    sink.addNestedGroup(GDepartmentFirst + 2, GEngPlatform);       // Engineering
    sink.addNestedGroup(GDepartmentFirst + 2, GEngMobile);
    sink.addNestedGroup(GDepartmentFirst + 0, GSalesEmea); // Sales
    sink.addNestedGroup(GDepartmentFirst + 0, GSalesAmericas);
    sink.addNestedGroup(GDepartmentFirst + 3, GFinanceApprovers); // Finance
    sink.addNestedGroup(GAllEmployees, GFrontline);

    // ---- Users: first the compact identity of each, sorted as the store sorts, then the full records.
    std::vector<int> countryPick; // per mille lookup
    countryPick.reserve(1000);
    for (int c = 0; c < int(countryTable.size()); ++c)
        for (int w = 0; w < countryTable[c].weight; ++w)
            countryPick.push_back(c);

    // Rank every given name and surname once so that sorting a million users compares integers.
    struct Ranked
    {
        QByteArray utf8;
        int culture;
        int index;
    };
    auto rankNames = [&](bool given) {
        std::vector<Ranked> all;
        for (int c = 0; c < int(cultureTable.size()); ++c) {
            const auto &list = given ? cultureTable[c].given : cultureTable[c].surnames;
            for (int i = 0; i < int(list.size()); ++i)
                all.push_back({QByteArray(list[i]), c, i});
        }
        std::stable_sort(all.begin(), all.end(),
                         [](const Ranked &a, const Ranked &b) { return compareNoCase(a.utf8, b.utf8) < 0; });
        std::vector<std::vector<quint32>> rank(cultureTable.size());
        for (int c = 0; c < int(cultureTable.size()); ++c)
            rank[c].resize(given ? cultureTable[c].given.size() : cultureTable[c].surnames.size());
        quint32 r = 0;
        for (size_t k = 0; k < all.size(); ++k) {
            if (k > 0 && compareNoCase(all[k - 1].utf8, all[k].utf8) != 0)
                ++r;
            rank[all[k].culture][all[k].index] = r;
        }
        return rank;
    };
    const auto givenRank = rankNames(true);
    const auto surnameRank = rankNames(false);

    std::vector<Compact> people(static_cast<size_t>(m_userCount));
    for (int i = 0; i < m_userCount; ++i) {
        Compact &p = people[size_t(i)];
        p.index = quint32(i);
        p.country = quint16(countryPick[random.below(quint32(countryPick.size()))]);
        const Culture &culture = cultureTable[size_t(countryTable[p.country].culture)];
        p.given = quint16(random.below(quint32(culture.given.size())));
        p.surname = quint16(random.below(quint32(culture.surnames.size())));
        const int ci = countryTable[p.country].culture;
        p.givenRank = givenRank[size_t(ci)][p.given];
        p.surnameRank = surnameRank[size_t(ci)][p.surname];
    }
    std::sort(people.begin(), people.end(), [](const Compact &a, const Compact &b) {
        if (a.givenRank != b.givenRank)
            return a.givenRank < b.givenRank;
        if (a.surnameRank != b.surnameRank)
            return a.surnameRank < b.surnameRank;
        return a.index < b.index;
    });

    QHash<QString, int> upnCount;
    upnCount.reserve(m_userCount / 4);
    QList<int> groups;
    const quint64 userSeedBase = random.next();
    int globalAdmins = 0;
    for (int n = 0; n < m_userCount; ++n) {
        const Compact &p = people[size_t(n)];
        // Each user's details come from its own stream, so they do not depend on the sort.
        Random r(userSeedBase ^ (quint64(p.index) * 0x9e3779b97f4a7c15ULL));
        const Country &country = countryTable[p.country];
        const Culture &culture = cultureTable[size_t(country.culture)];

        UserRecord u;
        u.id = guid(r);
        u.givenName = QString::fromUtf8(culture.given[p.given]);
        u.surname = QString::fromUtf8(culture.surnames[p.surname]);
        u.displayName = u.givenName + u' ' + u.surname;
        const QString base = asciiLocalPart(u.givenName) + u'.' + asciiLocalPart(u.surname);
        const int seen = upnCount.value(base, 0) + 1;
        upnCount.insert(base, seen);
        const QString local = seen == 1 ? base : base + QString::number(seen);
        u.userPrincipalName = local + u'@' + domain();
        u.mail = r.chance(900) ? u.userPrincipalName
                               : u.givenName.left(1).toLower() + asciiLocalPart(u.surname) + QString::number(seen)
                + u"@mail."_s + domain();
        u.usageLocation = QString::fromLatin1(country.code);
        u.country = QString::fromLatin1(country.name);
        const int department = int(r.below(kDepartmentCount));
        u.department = QString::fromUtf8(kDepartments[department]);
        u.jobTitle = QString::fromUtf8(kTitles[r.below(10)]);
        u.accountEnabled = !r.chance(20);
        u.onPremisesSynced = r.chance(600);
        if (r.chance(30))
            u.userType = u"Guest"_s;

        // Admin roles: a handful of Global Administrators, then about 1 % with other roles.
        if (globalAdmins < 4 && r.chance(10)) {
            u.adminRoles = {u"Global Administrator"_s};
            ++globalAdmins;
        } else if (r.chance(10)) {
            static const char *const roles[] = {"Helpdesk Administrator", "User Administrator",
                                                "Authentication Administrator",
                                                "Privileged Authentication Administrator", "Security Administrator"};
            u.adminRoles = {QString::fromUtf8(roles[r.below(5)])};
        }

        const QString cc = QString::fromLatin1(country.callingCode);
        auto nationalMobile = [&]() {
            QString prefix = QString::fromLatin1(country.mobilePrefixes[r.below(4)]);
            return prefix + digits(r, country.mobileLength - int(prefix.size()));
        };
        const QString mobileNational = nationalMobile();

        // Profile contact data: often present, typed by people, sometimes stale (a different number).
        if (r.chance(700))
            u.mobilePhone = humanFormat(cc, r.chance(850) ? mobileNational : nationalMobile(), int(r.below(4)));
        if (r.chance(600)) {
            const QString office = QString::fromLatin1(country.officeMain);
            u.businessPhones = {u'+' + cc + u' ' + office.left(office.size() - 4) + digits(r, 4)};
        }
        if (r.chance(150))
            u.otherMails = {asciiLocalPart(u.givenName) + QString::number(r.below(100)) + u"@example.net"_s};

        // Registered methods: 0 (15 %), 1 (30 %), 2 (35 %) or more (20 %).
        const int bucket = int(r.below(100));
        const int methodCount = bucket < 15 ? 0 : bucket < 45 ? 1 : bucket < 80 ? 2 : 3 + int(r.below(3));
        const QDateTime base2024 = QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);
        auto created = [&]() { return base2024.addSecs(qint64(r.below(60u * 60u * 24u * 690u))); };
        const MethodType order[] = {MethodType::MobilePhone,  MethodType::Email,       MethodType::MicrosoftAuthenticator,
                                    MethodType::OfficePhone,  MethodType::WindowsHello, MethodType::AlternateMobilePhone,
                                    MethodType::SoftwareOath, MethodType::Fido2,        MethodType::HardwareOath};
        // Pick distinct kinds, weighted towards the common ones; alternate mobile only after mobile.
        QList<MethodType> picked;
        int guard = 0;
        while (picked.size() < methodCount && guard++ < 50) {
            const int roll = int(r.below(100));
            const MethodType t = roll < 35 ? order[0]
                : roll < 58                ? order[1]
                : roll < 78                ? order[2]
                : roll < 85                ? order[3]
                : roll < 91                ? order[4]
                : roll < 94                ? order[5]
                : roll < 96                ? order[6]
                : roll < 98                ? order[7]
                                           : order[8];
            if (picked.contains(t))
                continue;
            if (t == MethodType::AlternateMobilePhone && !picked.contains(MethodType::MobilePhone))
                continue;
            picked.append(t);
        }
        for (MethodType t : std::as_const(picked)) {
            AuthMethod m;
            m.type = t;
            m.id = fixedMethodId(t);
            if (m.id.isEmpty())
                m.id = guid(r);
            m.createdAt = created();
            switch (t) {
            case MethodType::MobilePhone:
                m.value = u'+' + cc + u' ' + mobileNational;
                break;
            case MethodType::AlternateMobilePhone:
                m.value = u'+' + cc + u' ' + nationalMobile();
                break;
            case MethodType::OfficePhone: {
                const QString office = QString::fromLatin1(country.officeMain);
                m.value = u'+' + cc + u' ' + office + u'x' + digits(r, 4);
                break;
            }
            case MethodType::Email:
                m.value = r.chance(700) ? asciiLocalPart(u.givenName) + u'.' + asciiLocalPart(u.surname)
                        + QString::number(r.below(1000)) + u"@example.org"_s
                                        : u.userPrincipalName;
                break;
            case MethodType::MicrosoftAuthenticator:
                m.value = r.chance(500) ? u"iPhone "_s + QString::number(11 + r.below(6)) : u"Pixel "_s + QString::number(5 + r.below(5));
                break;
            case MethodType::WindowsHello:
                m.value = u"CONTOSO-LT"_s + digits(r, 5);
                break;
            case MethodType::Fido2:
                m.value = r.chance(500) ? u"YubiKey 5 NFC"_s : u"Feitian ePass"_s;
                break;
            case MethodType::SoftwareOath:
                m.value = u"Software OATH token"_s;
                break;
            case MethodType::HardwareOath:
                m.value = u"Token2 C202 #"_s + digits(r, 8);
                break;
            default:
                break;
            }
            u.methods.append(m);
        }
        // A few deliberate shared numbers: three front-desk phones registered on several accounts each.
        if (r.chance(6)) {
            for (AuthMethod &m : u.methods) {
                if (m.type == MethodType::MobilePhone)
                    m.value = u"+1 425555010"_s + QString::number(r.below(3));
            }
        }
        // A rare expired Temporary Access Pass shows a non-usable method.
        if (r.chance(10)) {
            AuthMethod tap;
            tap.type = MethodType::TemporaryAccessPass;
            tap.id = guid(r);
            tap.createdAt = created();
            tap.value = u"Temporary Access Pass"_s;
            tap.usable = false;
            tap.unusableReason = u"Expired"_s;
            tap.detail = u"lifetime 60 min, one-time"_s;
            u.methods.append(tap);
        }

        // Memberships.
        groups.clear();
        if (u.userType != u"Guest"_s)
            groups.append(GAllEmployees);
        groups.append(GDepartmentFirst + department);
        groups.append(GRegionFirst + country.region);
        if (department == 2 && r.chance(500))
            groups.append(r.chance(500) ? GEngPlatform : GEngMobile);
        if (department == 0)
            groups.append(country.region == 1 || country.region == 4 ? GSalesEmea : GSalesAmericas);
        if (department == 3 && r.chance(200))
            groups.append(GFinanceApprovers);
        if (r.chance(400))
            groups.append(GPasswordSelfReset);
        else if (r.chance(80))
            groups.append(GSsprPilot);
        if (department == 7 && r.chance(300))
            groups.append(GHelpdesk);
        if (u.isAdmin())
            groups.append(GPrivilegedAdmins);
        if (r.chance(60))
            groups.append(GFrontline);
        if (u.userType == u"Guest"_s)
            groups.append(GContractors);
        if (r.chance(250))
            groups.append(GMfaCampaign);
        if (u.jobTitle == u"Director"_s && r.chance(300))
            groups.append(GExecutives);
        if (r.chance(200))
            groups.append(GRemoteWorkers);
        if (std::any_of(u.methods.cbegin(), u.methods.cend(),
                        [](const AuthMethod &m) { return m.type == MethodType::HardwareOath; }))
            groups.append(GHardwareToken);
        if (u.adminRoles.contains(u"Global Administrator"_s) && r.chance(300))
            groups.append(GBreakGlass);
        groups.append(GFixedCount + int(r.below(quint32(teamCount))));

        sink.addUser(u, groups);
        if (progress && (n % 4096 == 0) && !progress(n, m_userCount))
            return false;
    }
    if (progress)
        progress(m_userCount, m_userCount);
    return true;
}

} // namespace Sspr::Core
