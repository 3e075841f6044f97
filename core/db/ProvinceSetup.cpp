#include "db/ProvinceSetup.h"

#include "db/Database.h"
#include "db/DefaultData.h"
#include "text/VietnameseText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ttcs::db {

namespace {

const QRegularExpression &wordSplit()
{
    static const QRegularExpression re(QStringLiteral("\\s+"));
    return re;
}

// "SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG" -> "STTTT": the first letter of each
// word but "và", without its marks (Đ stays Đ, as in SGDĐT).
QString initials(const QString &body)
{
    QString out;
    const QStringList words = text::clean(QString(body).replace(QLatin1Char('\n'), QLatin1Char(' ')))
                                  .split(wordSplit(), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (w.compare(QStringLiteral("và"), Qt::CaseInsensitive) == 0 || !w.at(0).isLetter())
            continue;
        out += w.normalized(QString::NormalizationForm_D).at(0).toUpper();
    }
    return out;
}

// "SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG" -> "Sở Thông tin và Truyền thông": the
// way names of bodies are written in running text, the first two words and
// each word after "và" or a comma capitalised. Text already in mixed case
// is kept as it is.
QString runningName(const QString &body)
{
    const QString oneLine = text::clean(QString(body).replace(QLatin1Char('\n'), QLatin1Char(' ')));
    if (oneLine != oneLine.toUpper())
        return oneLine;
    const QStringList words = oneLine.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList out;
    bool capitalise = true;
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString w = words.at(i);
        if (capitalise || i == 1)
            w[0] = w.at(0).toUpper();
        capitalise = w == QStringLiteral("và") || w.endsWith(QLatin1Char(','));
        out << w;
    }
    return out.join(QLatin1Char(' '));
}

QJsonObject section(const char *key, const QString &heading)
{
    return {{QStringLiteral("key"), QLatin1String(key)},
            {QStringLiteral("heading"), heading},
            {QStringLiteral("body"), QString()}};
}

QJsonObject group(const char *key, const QString &name, const char *kind)
{
    QJsonArray kinds;
    if (kind)
        kinds.append(QLatin1String(kind));
    return {{QStringLiteral("key"), QLatin1String(key)},
            {QStringLiteral("name"), name},
            {QStringLiteral("kinds"), kinds}};
}

QByteArray seedFor(const OrgProfile &p, int year)
{
    QJsonObject profile;
    const QStringList keys = OrgProfile::keys();
    for (const QString &key : keys)
        profile.insert(key, p.value(key));

    // The same groups as the demo data, so that tasks can name "every
    // department" before the units are entered.
    const QJsonArray groups = {
        group("sbn", QStringLiteral("Các sở, ban, ngành tỉnh"), "department"),
        group("xa", QStringLiteral("UBND các xã, phường"), "commune"),
        group("bao-chi", QStringLiteral("Các cơ quan báo chí"), "press"),
        group("lien-quan", QStringLiteral("Các đơn vị liên quan"), nullptr)};

    const QString province = p.province;
    QJsonObject plan{
        {QStringLiteral("year"), year},
        {QStringLiteral("symbol"), QStringLiteral("KH-UBND")},
        {QStringLiteral("issuer"), runningName(p.parentBody)},
        {QStringLiteral("title"),
         QStringLiteral("Tăng cường truyền thông chính sách trên địa bàn %1").arg(province)},
        {QStringLiteral("signer"),
         QJsonObject{{QStringLiteral("authority"), QStringLiteral("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH")},
                     {QStringLiteral("title"), QStringLiteral("PHÓ CHỦ TỊCH")},
                     {QStringLiteral("name"), QString()}}},
        {QStringLiteral("sections"),
         QJsonArray{section("purposes", QStringLiteral("I. MỤC ĐÍCH, YÊU CẦU")),
                    section("tasks", QStringLiteral("II. NHIỆM VỤ VÀ GIẢI PHÁP")),
                    section("budget", QStringLiteral("III. KINH PHÍ")),
                    section("organisation", QStringLiteral("IV. TỔ CHỨC THỰC HIỆN")),
                    section("closing", QString())}}};

    const QJsonObject root{{QStringLiteral("source"), QStringLiteral("TTCS: new database")},
                           {QStringLiteral("profile"), profile},
                           {QStringLiteral("units"), QJsonArray()},
                           {QStringLiteral("groups"), groups},
                           {QStringLiteral("plan"), plan},
                           {QStringLiteral("tasks"), QJsonArray()}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

OrgProfile completeProfile(const OrgProfile &given)
{
    OrgProfile p = given;
    const QStringList keys = OrgProfile::keys();
    for (const QString &key : keys)
        p.setValue(key, text::nfc(p.value(key).trimmed()));
    if (p.place.isEmpty())
        p.place = p.province;
    if (p.parentBody.isEmpty() && !p.province.isEmpty())
        p.parentBody = QStringLiteral("UBND TỈNH ") + p.province.toUpper();
    if (p.issuingBodyName.isEmpty())
        p.issuingBodyName = runningName(p.issuingBody);
    if (p.issuingBodyShort.isEmpty())
        p.issuingBodyShort = initials(p.issuingBody);
    if (p.planSymbol.isEmpty() && !p.issuingBodyShort.isEmpty())
        p.planSymbol = QStringLiteral("KH-") + p.issuingBodyShort;
    if (p.reportSymbol.isEmpty() && !p.issuingBodyShort.isEmpty())
        p.reportSymbol = QStringLiteral("BC-") + p.issuingBodyShort;
    // A deputy signs on behalf of the head: "PHÓ GIÁM ĐỐC" under "KT. GIÁM ĐỐC".
    const QString title = p.signerTitle.toUpper();
    if (p.signerAuthority.isEmpty() && title.startsWith(QStringLiteral("PHÓ ")))
        p.signerAuthority = QStringLiteral("KT. ") + title.mid(4);
    if (p.recipients.isEmpty())
        p.recipients = {QStringLiteral("UBND tỉnh (b/c);"), QStringLiteral("Các sở, ban, ngành tỉnh;"),
                        QStringLiteral("Các cơ quan báo chí của tỉnh;")};
    return p;
}

Result<std::unique_ptr<Database>> createForProvince(const QString &path, const OrgProfile &given,
                                                    int year)
{
    const OrgProfile profile = completeProfile(given);
    if (profile.province.isEmpty() || profile.issuingBody.isEmpty())
        return Error{QCoreApplication::translate(
            "ttcs::Database", "The province and the issuing body are needed for a new database.")};
    if (QFileInfo::exists(path))
        return Error{QCoreApplication::translate(
                         "ttcs::Database",
                         "%1 already exists; an existing file is never overwritten.")
                         .arg(QDir::toNativeSeparators(path))};
    OpenOptions options;
    options.create = true;
    options.loadDefaultData = false;
    auto opened = Database::open(path, options);
    if (!opened)
        return opened;
    std::unique_ptr<Database> db = std::move(opened).value();
    const QByteArray seed = seedFor(profile, year);
    const Status st = db->transaction([&db, &seed] {
        QSqlDatabase c = db->connection();
        return loadSeed(c, seed);
    });
    if (!st.ok()) {
        const QString file = db->path();
        db.reset();
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(file + QLatin1String(suffix));
        return Error{QCoreApplication::translate("ttcs::Database",
                                                 "The new database could not be set up: %1")
                         .arg(st.error())};
    }
    return db;
}

} // namespace ttcs::db
