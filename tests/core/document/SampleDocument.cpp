#include "SampleDocument.h"

#include "document/AdministrativeText.h"

#include <QStringList>

using namespace ttcs::document;

namespace ttcs::test {

namespace {

QString personName(int i)
{
    static const QStringList families = {QStringLiteral("Nguyễn"), QStringLiteral("Trần"),
                                         QStringLiteral("Lê"),     QStringLiteral("Phạm"),
                                         QStringLiteral("Hoàng"),  QStringLiteral("Hà"),
                                         QStringLiteral("Nông"),   QStringLiteral("Triệu"),
                                         QStringLiteral("Lý"),     QStringLiteral("Đàm")};
    static const QStringList middles = {QStringLiteral("Văn"), QStringLiteral("Thị"),
                                        QStringLiteral("Đức"), QStringLiteral("Minh"),
                                        QStringLiteral("Thu")};
    static const QStringList givens = {
        QStringLiteral("An"),   QStringLiteral("Bình"),  QStringLiteral("Cường"),
        QStringLiteral("Dũng"), QStringLiteral("Hằng"),  QStringLiteral("Hưng"),
        QStringLiteral("Lan"),  QStringLiteral("Nhung"), QStringLiteral("Phương"),
        QStringLiteral("Thủy"), QStringLiteral("Tuấn"),  QStringLiteral("Yến"),
        QStringLiteral("Đạt")};
    return families.at(i % families.size()) + QLatin1Char(' ') +
           middles.at((i / 3) % middles.size()) + QLatin1Char(' ') +
           givens.at((i * 7) % givens.size());
}

QString unitName(int i)
{
    static const QStringList units = {QStringLiteral("Sở Tư pháp"),
                                      QStringLiteral("Sở Nội vụ"),
                                      QStringLiteral("Sở Tài chính"),
                                      QStringLiteral("Công an tỉnh"),
                                      QStringLiteral("UBND huyện Ba Bể"),
                                      QStringLiteral("UBND huyện Chợ Đồn"),
                                      QStringLiteral("UBND thành phố Bắc Kạn"),
                                      QStringLiteral("Đài Phát thanh và Truyền hình Bắc Kạn"),
                                      QStringLiteral("Sở Thông tin và Truyền thông")};
    return units.at(i % units.size());
}

QString position(int i)
{
    static const QStringList positions = {
        QStringLiteral("Giám đốc"), QStringLiteral("Phó Giám đốc"),
        QStringLiteral("Chánh Văn phòng"), QStringLiteral("Trưởng phòng Văn hóa - Thông tin"),
        QStringLiteral("Phó Chủ tịch Ủy ban nhân dân")};
    return positions.at(i % positions.size());
}

Table appendixTable(int rows)
{
    Table t;
    t.columnWidthsMm = {14, 50, 62, 80, 33};
    t.headerRowCount = 1;
    TableRow &header = t.addRow(appendixHeader(), 13, true, Alignment::Center);
    for (TableCell &cell : header.cells)
        cell.verticalAlignment = VerticalAlignment::Center;
    for (int i = 0; i < rows; ++i) {
        TableRow &row = t.addRow({QString::number(i + 1), personName(i), position(i), unitName(i),
                                  QStringLiteral("0209.3870.%1").arg(100 + i)});
        row.cells[0].paragraphs[0].alignment = Alignment::Center;
    }
    return t;
}

void addAppendix(Document &doc, const QString &number, int rows)
{
    Section &a = doc.addSection(Orientation::Landscape);
    a.add(Paragraph::centered(QStringLiteral("Phụ lục ") + number, 14, true));
    a.add(Paragraph::centered(
        QStringLiteral("DANH SÁCH NGƯỜI PHÁT NGÔN VÀ CUNG CẤP THÔNG TIN CHO BÁO CHÍ"), 14, true));
    Paragraph attached = Paragraph::centered(
        QStringLiteral("(Kèm theo Kế hoạch số 05/KH-UBND ngày 05/01/2024 của UBND tỉnh Bắc Kạn)"),
        14, false, true);
    attached.spaceAfterPt = 12;
    a.add(attached);
    a.add(appendixTable(rows));
}

HeaderBlock provinceHeader()
{
    HeaderBlock h;
    h.issuingBody = {QStringLiteral("Ủy ban nhân dân"), QStringLiteral("Tỉnh Bắc Kạn")};
    h.numberLine = numberLine(5, QStringLiteral("KH-UBND"));
    h.dateLine = dateLine(QStringLiteral("Bắc Kạn"), QDate(2024, 1, 5));
    return h;
}

SignatureBlock provinceSignature()
{
    SignatureBlock s;
    s.recipients = {QStringLiteral("Bộ Thông tin và Truyền thông (b/c)"),
                    QStringLiteral("CT, các PCT UBND tỉnh"),
                    QStringLiteral("Ban Tuyên giáo Tỉnh ủy"),
                    QStringLiteral("Các sở, ban, ngành tỉnh"),
                    QStringLiteral("UBND các huyện, thành phố"),
                    QStringLiteral("Các cơ quan báo chí TW và của tỉnh"),
                    QStringLiteral("LĐVP")};
    s.archive = QStringLiteral("VT, Nhung VX");
    s.authority = {QStringLiteral("TM. Ủy ban nhân dân"), QStringLiteral("KT. Chủ tịch"),
                   QStringLiteral("Phó Chủ tịch")};
    s.signerName = QStringLiteral("Phạm Duy Hưng");
    return s;
}

void addTask(Section &s, const QString &heading, const QString &content, const QString &lead,
             const QString &partners, const QString &time)
{
    s.add(Paragraph::heading(2, heading));
    s.add(Paragraph::listItem(QStringLiteral("-"), QStringLiteral("Nội dung: ") + content));
    s.add(Paragraph::listItem(QStringLiteral("-"),
                              QStringLiteral("Đơn vị chủ trì thực hiện: ") + lead));
    if (!partners.isEmpty())
        s.add(Paragraph::listItem(QStringLiteral("-"),
                                  QStringLiteral("Đơn vị phối hợp: ") + partners));
    s.add(Paragraph::listItem(QStringLiteral("-"), QStringLiteral("Thời gian thực hiện: ") + time));
}

} // namespace

QStringList appendixHeader()
{
    return {QStringLiteral("STT"), QStringLiteral("Họ và tên"), QStringLiteral("Chức vụ"),
            QStringLiteral("Cơ quan, đơn vị"), QStringLiteral("Điện thoại")};
}

Document samplePlan(int appendixRows)
{
    Document doc;
    doc.properties.title = QStringLiteral("Kế hoạch tăng cường truyền thông chính sách năm 2024");
    doc.properties.subject = QStringLiteral("Truyền thông chính sách");
    doc.properties.author = QStringLiteral("Sở Thông tin và Truyền thông tỉnh Bắc Kạn");
    doc.properties.keywords = QStringLiteral("kế hoạch; truyền thông chính sách");
    doc.properties.created = QDateTime(QDate(2024, 1, 5), QTime(8, 0), Qt::UTC);

    Section &s = doc.addSection();
    s.add(provinceHeader());
    s.add(Paragraph::documentTitle(QStringLiteral("Kế hoạch")));
    s.add(Paragraph::documentSubject(
        QStringLiteral("Tăng cường truyền thông chính sách trên địa bàn tỉnh Bắc Kạn năm 2024")));
    s.add(Paragraph::legalBasis(QStringLiteral(
        "Căn cứ Chỉ thị số 07/CT-TTg ngày 21/3/2023 của Thủ tướng Chính phủ về việc tăng cường "
        "công tác truyền thông chính sách;")));
    s.add(Paragraph::legalBasis(QStringLiteral(
        "Căn cứ Quyết định số 765/QĐ-BTTTT ngày 28/4/2023 của Bộ trưởng Bộ Thông tin và Truyền "
        "thông ban hành Chương trình hành động thực hiện Chỉ thị số 07/CT-TTg ngày 21/3/2023 của "
        "Thủ tướng Chính phủ.")));
    s.add(Paragraph::body(QStringLiteral(
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch tăng cường truyền thông chính sách trên địa bàn "
        "tỉnh với những nội dung cụ thể như sau:")));

    s.add(Paragraph::heading(1, QStringLiteral("I. MỤC ĐÍCH, YÊU CẦU")));
    s.add(Paragraph::body(QStringLiteral(
        "1. Truyền thông nâng cao nhận thức của người dân về hoạt động điều hành của Nhà nước phù "
        "hợp với lợi ích người dân; huy động sức mạnh ý chí, trí tuệ của đông đảo các tầng lớp "
        "Nhân dân trong xây dựng và thực thi chính sách, tạo sự đồng thuận xã hội.")));
    s.add(Paragraph::body(QStringLiteral(
        "2. Tăng cường sự công khai, minh bạch trong hoạch định và thi hành chính sách; góp phần "
        "nâng cao chất lượng chính sách, thể chế, tính khả thi của văn bản quy phạm pháp luật; "
        "nâng cao ý thức tôn trọng, tuân theo pháp luật của người dân, doanh nghiệp, đáp ứng mục "
        "tiêu phát triển kinh tế - xã hội và bảo đảm quốc phòng, an ninh của tỉnh.")));
    s.add(Paragraph::body(QStringLiteral(
        "3. Các nhiệm vụ truyền thông chính sách phải cụ thể, bám sát hướng dẫn của các Bộ ngành "
        "Trung ương; đảm bảo sự phối hợp chặt chẽ giữa các sở, ban, ngành tỉnh và UBND các "
        "huyện, thành phố có liên quan và chủ động trong triển khai thực hiện nhiệm vụ.")));

    s.add(Paragraph::heading(1, QStringLiteral("II. NHIỆM VỤ VÀ GIẢI PHÁP")));
    addTask(s, QStringLiteral("1. Công khai thông tin"),
            QStringLiteral("Thực hiện tốt việc công khai thông tin theo quy định của Luật Tiếp cận "
                           "thông tin; Luật Báo chí; Nghị định số 09/2017/NĐ-CP ngày 09/02/2017 "
                           "của Chính phủ quy định chi tiết việc phát ngôn và cung cấp thông tin "
                           "cho báo chí của các cơ quan hành chính nhà nước."),
            QStringLiteral("Các sở, ban, ngành tỉnh và UBND các huyện, thành phố."), QString(),
            QStringLiteral("Thường xuyên."));
    addTask(s, QStringLiteral("2. Rà soát, hoàn thiện chính sách"),
            QStringLiteral("Rà soát, đề xuất sửa đổi, bổ sung, hoàn thiện văn bản quy phạm pháp "
                           "luật trình cấp có thẩm quyền ban hành nhằm nâng cao hiệu quả hoạt động "
                           "truyền thông chính sách của các cơ quan báo chí, truyền thông."),
            QStringLiteral("Sở Thông tin và Truyền thông."),
            QStringLiteral("Sở Tư pháp và các đơn vị liên quan."), QStringLiteral("Hằng năm."));
    s.add(Paragraph::heading(2, QStringLiteral("3. Định hướng, cung cấp thông tin")));
    s.add(Paragraph::heading(
        3, QStringLiteral("3.1. Cung cấp thông tin chính xác, kịp thời cho báo chí, hệ thống thông "
                          "tin cơ sở và các phương thức truyền thông khác:")));
    s.add(Paragraph::listItem(QStringLiteral("a)"),
                              QStringLiteral("Đơn vị chủ trì thực hiện: Sở Thông tin và Truyền "
                                             "thông.")));
    s.add(Paragraph::listItem(
        QStringLiteral("b)"),
        QStringLiteral("Đơn vị phối hợp: Ban Tuyên giáo Tỉnh ủy; Hội Nhà báo tỉnh; các sở, ban, "
                       "ngành tỉnh; UBND các huyện, thành phố và cơ quan báo chí Trung ương và của "
                       "tỉnh.")));
    addTask(s, QStringLiteral("4. Bố trí, sắp xếp đội ngũ làm công tác truyền thông chính sách"),
            QStringLiteral("Triển khai thực hiện hướng dẫn của Bộ Nội vụ, Bộ Thông tin và Truyền "
                           "thông về vị trí việc làm, định mức biên chế của công chức, viên chức "
                           "phụ trách truyền thông chính sách ở các sở, ban, ngành và UBND các "
                           "huyện, thành phố."),
            QStringLiteral("Sở Nội vụ."),
            QStringLiteral("Sở Thông tin và Truyền thông; các sở, ban, ngành tỉnh và UBND các "
                           "huyện, thành phố."),
            QStringLiteral("Hằng năm."));
    addTask(s, QStringLiteral("5. Công tác bồi dưỡng, tập huấn"),
            QStringLiteral("Tổ chức tập huấn bồi dưỡng kiến thức, kỹ năng truyền thông chính sách "
                           "cho đội ngũ phóng viên, biên tập viên, cộng tác viên các cơ quan báo "
                           "chí; công chức Phòng Văn hóa - Thông tin các huyện, thành phố."),
            QStringLiteral("Sở Thông tin và Truyền thông."),
            QStringLiteral("Các cơ quan báo chí của tỉnh và UBND huyện, thành phố."),
            QStringLiteral("Hằng năm (dự kiến tổ chức 01 lớp/năm)."));

    s.add(Paragraph::heading(1, QStringLiteral("III. KINH PHÍ")));
    s.add(Paragraph::body(
        QStringLiteral("1. Ngân sách Nhà nước và các nguồn tài chính hợp pháp khác.")));
    s.add(Paragraph::body(QStringLiteral(
        "2. Hằng năm tại thời điểm xây dựng dự toán, các cơ quan, đơn vị cấp tỉnh căn cứ chức "
        "năng, nhiệm vụ được giao theo Kế hoạch lập dự toán kinh phí và tổng hợp vào dự toán kinh "
        "phí chi thường xuyên năm kế hoạch gửi Sở Tài chính thẩm định, trình cấp có thẩm quyền xem "
        "xét bố trí kinh phí để triển khai thực hiện.")));

    s.add(Paragraph::heading(1, QStringLiteral("IV. TỔ CHỨC THỰC HIỆN")));
    s.add(Paragraph::heading(2, QStringLiteral("1. Sở Thông tin và Truyền thông")));
    s.add(Paragraph::listItem(
        QStringLiteral("-"),
        QStringLiteral("Trên cơ sở các nhiệm vụ được giao tại Kế hoạch này, hằng năm chủ trì, "
                       "phối hợp với các đơn vị liên quan xây dựng kế hoạch cụ thể để triển khai "
                       "thực hiện đảm bảo hiệu quả, chất lượng.")));
    s.add(Paragraph::listItem(
        QStringLiteral("-"),
        QStringLiteral("Theo dõi, đôn đốc việc phối hợp, triển khai thực hiện các nhiệm vụ của các "
                       "sở, ban, ngành tỉnh và UBND các huyện, thành phố; tổng hợp báo cáo kết "
                       "quả thực hiện về Bộ Thông tin và Truyền thông, UBND tỉnh theo quy định.")));
    s.add(Paragraph::heading(2, QStringLiteral("2. Sở Tài chính")));
    s.add(Paragraph::body(QStringLiteral(
        "Căn cứ khả năng ngân sách, chủ trì phối hợp với các cơ quan, đơn vị liên quan tham mưu "
        "cho UBND tỉnh bố trí kinh phí thực hiện truyền thông chính sách theo quy định.")));
    s.add(Paragraph::heading(2, QStringLiteral("3. Các sở, ban, ngành tỉnh và UBND các huyện, "
                                               "thành phố")));
    s.add(Paragraph::body(QStringLiteral(
        "Căn cứ chức năng, nhiệm vụ, tổ chức triển khai thực hiện Kế hoạch này; chủ động rà soát "
        "và triển khai truyền thông đối với các chủ trương, chính sách thuộc lĩnh vực, phạm vi "
        "quản lý, bắt đầu từ khi chính sách được hoạch định, xây dựng cho đến khi hoàn thiện, ban "
        "hành và thực thi.")));
    s.add(Paragraph::body(QStringLiteral(
        "Trên đây là Kế hoạch tăng cường truyền thông chính sách trên địa bàn tỉnh Bắc Kạn, các "
        "sở, ban, ngành tỉnh và UBND các huyện, thành phố triển khai thực hiện./.")));
    s.add(provinceSignature());

    addAppendix(doc, QStringLiteral("I"), appendixRows);
    return doc;
}

Document largeReport(int taskSections, int rowsPerTask, int appendixRows)
{
    Document doc;
    doc.properties.title = QStringLiteral("Báo cáo kết quả thực hiện kế hoạch");
    doc.properties.author = QStringLiteral("Sở Thông tin và Truyền thông tỉnh Bắc Kạn");
    doc.properties.created = QDateTime(QDate(2024, 12, 15), QTime(8, 0), Qt::UTC);

    Section &s = doc.addSection();
    HeaderBlock h = provinceHeader();
    h.numberLine = numberLine(215, QStringLiteral("BC-UBND"));
    h.dateLine = dateLine(QStringLiteral("Bắc Kạn"), QDate(2024, 12, 15));
    s.add(h);
    s.add(Paragraph::documentTitle(QStringLiteral("Báo cáo")));
    s.add(Paragraph::documentSubject(
        QStringLiteral("Kết quả thực hiện công tác truyền thông chính sách năm 2024")));
    s.add(Paragraph::centered(QStringLiteral("Kính gửi: Bộ Thông tin và Truyền thông.")));
    for (int task = 0; task < taskSections; ++task) {
        s.add(Paragraph::heading(2, QStringLiteral("%1. Nhiệm vụ truyền thông số %1 về %2")
                                        .arg(task + 1)
                                        .arg(unitName(task))));
        s.add(Paragraph::body(QStringLiteral(
            "Trong năm, các cơ quan, đơn vị đã chủ động triển khai nhiệm vụ, phối hợp chặt chẽ với "
            "các cơ quan báo chí cung cấp thông tin kịp thời, chính xác về chủ trương, chính sách "
            "của Đảng, pháp luật của Nhà nước và tình hình phát triển kinh tế - xã hội của "
            "tỉnh.")));
        s.add(Paragraph::body(
            QStringLiteral("Kết quả cụ thể của từng đơn vị được tổng hợp tại bảng dưới đây.")));
        Table t;
        t.columnWidthsMm = {14, 55, 40, 25, 21};
        t.headerRowCount = 1;
        t.addRow({QStringLiteral("STT"), QStringLiteral("Nội dung"),
                  QStringLiteral("Đơn vị chủ trì"), QStringLiteral("Thời gian"),
                  QStringLiteral("Kết quả")},
                 12, true, Alignment::Center);
        for (int r = 0; r < rowsPerTask; ++r)
            t.addRow({QString::number(r + 1),
                      QStringLiteral("Cung cấp thông tin cho báo chí đợt %1").arg(r + 1),
                      unitName(task + r), QStringLiteral("Quý %1").arg(r % 4 + 1),
                      r % 3 == 0 ? QStringLiteral("Hoàn thành") : QStringLiteral("Đang làm")},
                     12);
        s.add(t);
    }
    s.add(provinceSignature());
    addAppendix(doc, QStringLiteral("I"), appendixRows);
    return doc;
}

} // namespace ttcs::test
