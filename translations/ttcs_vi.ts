<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
    <context>
        <name>DocumentFile</name>
        <message>
            <source>No file name was given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder “%1” does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is a folder, not a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write “%1”: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save “%1”: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocxWriter</name>
        <message>
            <source>Could not put the Word file together (zip error %1).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PageLayout</name>
        <message>
            <source>Could not start drawing the pages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not start page %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not finish the pages.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PdfWriter</name>
        <message>
            <source>A PDF can only be made by a program that can draw (no fonts here).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF came out empty.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Policy communication plan, reports and spokesperson lists</source>
            <translation>Kế hoạch truyền thông chính sách, báo cáo và danh sách người phát ngôn</translation>
        </message>
        <message>
            <source>The database file to open.</source>
            <translation>Tệp cơ sở dữ liệu cần mở.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>TỆP</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Mở cơ sở dữ liệu</translation>
        </message>
    </context>
    <context>
        <name>ttcs::Database</name>
        <message>
            <source>The file %1 cannot be read: %2</source>
            <translation>Không đọc được tệp %1: %2</translation>
        </message>
        <message>
            <source>The file %1 is empty: it is not a TTCS database.</source>
            <translation>Tệp %1 rỗng: đây không phải cơ sở dữ liệu TTCS.</translation>
        </message>
        <message>
            <source>The file %1 is not a TTCS database (it is not an SQLite file).</source>
            <translation>Tệp %1 không phải cơ sở dữ liệu TTCS (không phải tệp SQLite).</translation>
        </message>
        <message>
            <source>The database %1 is locked by another program. Close the other program or try again later; nothing was changed.</source>
            <translation>Cơ sở dữ liệu %1 đang bị một chương trình khác khóa. Hãy đóng chương trình đó hoặc thử lại sau; chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <source>The file %1 is damaged or is not a TTCS database.</source>
            <translation>Tệp %1 bị hỏng hoặc không phải cơ sở dữ liệu TTCS.</translation>
        </message>
        <message>
            <source>The database %1 cannot be opened: %2</source>
            <translation>Không mở được cơ sở dữ liệu %1: %2</translation>
        </message>
        <message>
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 là thư mục, không phải tệp cơ sở dữ liệu.</translation>
        </message>
        <message>
            <source>There is no database at %1. Create one with "ttcs-cli init" or from the File menu.</source>
            <translation>Không có cơ sở dữ liệu tại %1. Hãy tạo mới bằng lệnh "ttcs-cli init" hoặc từ trình đơn Tệp.</translation>
        </message>
        <message>
            <source>There is no database at %1.</source>
            <translation>Không có cơ sở dữ liệu tại %1.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be created.</source>
            <translation>Không tạo được thư mục %1.</translation>
        </message>
        <message>
            <source>opened read-only</source>
            <translation>được mở ở chế độ chỉ đọc</translation>
        </message>
        <message>
            <source>the file is read-only</source>
            <translation>tệp chỉ cho phép đọc</translation>
        </message>
        <message>
            <source>its folder is read-only</source>
            <translation>thư mục chứa tệp chỉ cho phép đọc</translation>
        </message>
        <message>
            <source>The database %1 was written by a newer version of TTCS (schema %2; this version reads up to %3). Update TTCS to open it; nothing was changed.</source>
            <translation>Cơ sở dữ liệu %1 được tạo bởi phiên bản TTCS mới hơn (lược đồ %2; phiên bản này đọc được đến %3). Hãy cập nhật TTCS để mở; chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <source>The file %1 is an SQLite database of another program, not a TTCS database; nothing was changed.</source>
            <translation>Tệp %1 là cơ sở dữ liệu SQLite của chương trình khác, không phải của TTCS; chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <source>The database %1 must be upgraded before use, but %2. Nothing was changed.</source>
            <translation>Cơ sở dữ liệu %1 cần được nâng cấp trước khi dùng, nhưng %2. Chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <source>A copy of the database could not be made before upgrading it, so it was not upgraded: %1</source>
            <translation>Không sao lưu được cơ sở dữ liệu trước khi nâng cấp nên chưa nâng cấp: %1</translation>
        </message>
        <message>
            <source>The default data could not be loaded: %1</source>
            <translation>Không nạp được dữ liệu mặc định: %1</translation>
        </message>
        <message>
            <source>The database is read-only (%1); nothing was changed.</source>
            <translation>Cơ sở dữ liệu chỉ đọc (%1); chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <source>Default data: unknown parent unit "%1".</source>
            <translation>Dữ liệu mặc định: không có đơn vị cấp trên "%1".</translation>
        </message>
        <message>
            <source>Default data: task %1 comes before its parent.</source>
            <translation>Dữ liệu mặc định: nhiệm vụ %1 đứng trước nhiệm vụ cha của nó.</translation>
        </message>
        <message>
            <source>Default data: task %1 names an unknown unit "%2".</source>
            <translation>Dữ liệu mặc định: nhiệm vụ %1 nêu đơn vị không có "%2".</translation>
        </message>
        <message>
            <source>Default data is not valid JSON: %1</source>
            <translation>Dữ liệu mặc định không phải JSON hợp lệ: %1</translation>
        </message>
        <message>
            <source>The default data is missing from this build.</source>
            <translation>Bản cài đặt này thiếu dữ liệu mặc định.</translation>
        </message>
        <message>
            <source>Upgrading the database to version %1 failed: %2</source>
            <translation>Nâng cấp cơ sở dữ liệu lên phiên bản %1 không thành công: %2</translation>
        </message>
        <message>
            <source>The database holds no plan.</source>
            <translation>Cơ sở dữ liệu chưa có kế hoạch nào.</translation>
        </message>
        <message>
            <source>No unit with id %1.</source>
            <translation>Không có đơn vị mã %1.</translation>
        </message>
        <message>
            <source>No unit group with id %1.</source>
            <translation>Không có nhóm đơn vị mã %1.</translation>
        </message>
    </context>
    <context>
        <name>ttcs::Progress</name>
        <message>
            <source>Not started</source>
            <translation>Chưa thực hiện</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Đang thực hiện</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hoàn thành</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Không phát sinh</translation>
        </message>
    </context>
    <context>
        <name>ttcs::Task</name>
        <message>
            <source>Continuous</source>
            <translation>Thường xuyên</translation>
        </message>
        <message>
            <source>Annually</source>
            <translation>Hằng năm</translation>
        </message>
        <message>
            <source>When requested</source>
            <translation>Khi được yêu cầu</translation>
        </message>
        <message>
            <source>Once</source>
            <translation>Một lần</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Chủ trì</translation>
        </message>
        <message>
            <source>Coordinating</source>
            <translation>Phối hợp</translation>
        </message>
        <message>
            <source>Implementing</source>
            <translation>Thực hiện</translation>
        </message>
    </context>
    <context>
        <name>ttcs::Unit</name>
        <message>
            <source>Departments and agencies</source>
            <translation>Sở, ban, ngành tỉnh</translation>
        </message>
        <message>
            <source>Districts and city</source>
            <translation>UBND các huyện, thành phố</translation>
        </message>
        <message>
            <source>Communes, wards and towns</source>
            <translation>UBND cấp xã (xã, phường, thị trấn)</translation>
        </message>
        <message>
            <source>Press agencies</source>
            <translation>Cơ quan báo chí</translation>
        </message>
        <message>
            <source>Party bodies</source>
            <translation>Cơ quan Đảng</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Công an</translation>
        </message>
        <message>
            <source>Ministries and central bodies</source>
            <translation>Bộ, ngành Trung ương</translation>
        </message>
        <message>
            <source>Other units</source>
            <translation>Đơn vị khác</translation>
        </message>
    </context>
    <context>
        <name>ttcs::cli</name>
        <message>
            <source>  init                       create the database with the default data
</source>
            <translation>  init                       tạo cơ sở dữ liệu với dữ liệu mặc định
</translation>
        </message>
        <message>
            <source>  units list [--year N] [--json]
                             the units (that exist in year N)
</source>
            <translation>  units list [--year N] [--json]
                             danh sách đơn vị (có trong năm N)
</translation>
        </message>
        <message>
            <source>  tasks list [--json]        the plan's tasks in plan order
</source>
            <translation>  tasks list [--json]        các nhiệm vụ theo thứ tự trong kế hoạch
</translation>
        </message>
        <message>
            <source>  stats [--year N] [--json]  counts of units, tasks, people and progress
</source>
            <translation>  stats [--year N] [--json]  số lượng đơn vị, nhiệm vụ, người và kết quả thực hiện
</translation>
        </message>
        <message>
            <source>Usage: ttcs-cli [--db FILE] COMMAND [OPTIONS]

Commands:
</source>
            <translation>Cách dùng: ttcs-cli [--db TỆP] LỆNH [TÙY CHỌN]

Các lệnh:
</translation>
        </message>
        <message>
            <source>
Options:
  --db FILE      the database (default: $TTCS_DB, else %1)
  --help         show this help
  --version      show the version

Exit codes: 0 success, 1 usage error, 2 data or file refused.
</source>
            <translation>
Tùy chọn:
  --db TỆP       cơ sở dữ liệu (mặc định: $TTCS_DB, nếu không có thì %1)
  --help         hiện hướng dẫn này
  --version      hiện phiên bản

Mã thoát: 0 thành công, 1 sai cú pháp lệnh, 2 dữ liệu hoặc tệp bị từ chối.
</translation>
        </message>
        <message>
            <source>the option --%1 needs a value.</source>
            <translation>tùy chọn --%1 cần một giá trị.</translation>
        </message>
        <message>
            <source>the option --%1 takes no value.</source>
            <translation>tùy chọn --%1 không nhận giá trị.</translation>
        </message>
        <message>
            <source>no command given.</source>
            <translation>chưa nhập lệnh.</translation>
        </message>
        <message>
            <source>unknown command "%1".</source>
            <translation>không có lệnh "%1".</translation>
        </message>
        <message>
            <source>ttcs-cli: %1</source>
            <translation>ttcs-cli: %1</translation>
        </message>
        <message>
            <source>Run "ttcs-cli --help" for the commands.</source>
            <translation>Chạy "ttcs-cli --help" để xem các lệnh.</translation>
        </message>
        <message>
            <source>the option --%1 does not apply to "%2".</source>
            <translation>tùy chọn --%1 không dùng được với "%2".</translation>
        </message>
        <message>
            <source>unknown option --%1.</source>
            <translation>không có tùy chọn --%1.</translation>
        </message>
        <message>
            <source>--year needs a year such as 2024, not "%1".</source>
            <translation>--year cần một năm, ví dụ 2024, không phải "%1".</translation>
        </message>
        <message>
            <source>"init" takes no operands.</source>
            <translation>"init" không nhận tham số.</translation>
        </message>
        <message>
            <source>%1 already exists; it was not overwritten.</source>
            <translation>%1 đã có; không ghi đè.</translation>
        </message>
        <message>
            <source>Created %1 with the default data.</source>
            <translation>Đã tạo %1 với dữ liệu mặc định.</translation>
        </message>
        <message>
            <source>use "units list".</source>
            <translation>hãy dùng "units list".</translation>
        </message>
        <message>
            <source>use "tasks list".</source>
            <translation>hãy dùng "tasks list".</translation>
        </message>
        <message>
            <source>Lead: %1</source>
            <translation>Chủ trì: %1</translation>
        </message>
        <message>
            <source>"stats" takes no operands.</source>
            <translation>"stats" không nhận tham số.</translation>
        </message>
        <message>
            <source>Units: %1</source>
            <translation>Đơn vị: %1</translation>
        </message>
        <message>
            <source>Tasks: %1</source>
            <translation>Nhiệm vụ: %1</translation>
        </message>
        <message>
            <source>Spokespersons: %1</source>
            <translation>Người phát ngôn: %1</translation>
        </message>
        <message>
            <source>Training classes: %1</source>
            <translation>Lớp bồi dưỡng: %1</translation>
        </message>
        <message>
            <source>Trainees: %1</source>
            <translation>Học viên: %1</translation>
        </message>
        <message>
            <source>Media items: %1</source>
            <translation>Tin bài theo dõi: %1</translation>
        </message>
        <message>
            <source>Progress %1: %2</source>
            <translation>Kết quả %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ttcs::sheet</name>
        <message>
            <source>The file %1 cannot be opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 is not a spreadsheet that can be read. Save it as .xlsx, .xls, .ods or .csv and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workbook %1 is protected with a password. Open it in Excel or LibreOffice, remove the password, save it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 is a web page (HTML) saved under a spreadsheet name, not a real Excel workbook. Open it in Excel, save it as .xlsx and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workbook %1 is in the Excel binary format (.xlsb), which cannot be read. Save it as .xlsx and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 is truncated or damaged: its zip archive cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 is damaged: the part %2 of its archive cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 is damaged: the part %2 is missing from its archive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 is damaged: the part %2 is not well-formed XML.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 was refused: the part %2 contains a document type declaration (DOCTYPE), which no spreadsheet needs and which can be used to attack the program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 was refused as too large: the part %2 unpacks to more than %3 MB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 was refused as too large: it is over %2 MB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 was refused as too large: it has more than %2 cells.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 was refused as too large: the sheet %2 has more than %3 rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 was refused as too large: the sheet %2 has more than %3 columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 was refused: a cell (%2 %3) holds more than %4 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file %1 is a damaged or unsupported Excel 97-2003 (.xls) workbook. Open it in Excel or LibreOffice, save it as .xlsx and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workbook %1 has no worksheet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ttcs::text</name>
        <message>
            <source>%1 is not a valid e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a Vietnamese phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The leading 0 of %1 was lost (the cell held a number) and has been put back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Old 11-digit mobile number %1 was changed to the new number %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ttcs::ui::MainWindow</name>
        <message>
            <source>TTCS – Policy communication</source>
            <translation>TTCS – Truyền thông chính sách</translation>
        </message>
        <message>
            <source>%1 (Ctrl+%2)</source>
            <translation>%1 (Ctrl+%2)</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Năm:</translation>
        </message>
        <message>
            <source>The year whose plan, progress and figures are shown</source>
            <translation>Năm đang xem kế hoạch, kết quả thực hiện và số liệu</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>Cơ sở dữ liệu &amp;mới…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>&amp;Mở cơ sở dữ liệu…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Mở &amp;gần đây</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Thoát</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <source>&amp;About TTCS</source>
            <translation>&amp;Giới thiệu TTCS</translation>
        </message>
        <message>
            <source>%1 (read-only: %2)</source>
            <translation>%1 (chỉ đọc: %2)</translation>
        </message>
        <message>
            <source>The database file being worked on</source>
            <translation>Tệp cơ sở dữ liệu đang làm việc</translation>
        </message>
        <message>
            <source>%1 – TTCS</source>
            <translation>%1 – TTCS</translation>
        </message>
        <message>
            <source>The database was upgraded; a copy of the old file is at %1</source>
            <translation>Cơ sở dữ liệu đã được nâng cấp; bản sao tệp cũ nằm tại %1</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Cơ sở dữ liệu mới</translation>
        </message>
        <message>
            <source>TTCS databases (*.sqlite *.db);;All files (*)</source>
            <translation>Cơ sở dữ liệu TTCS (*.sqlite *.db);;Mọi tệp (*)</translation>
        </message>
        <message>
            <source>%1 already exists. Choose another name; an existing file is never overwritten.</source>
            <translation>%1 đã có. Hãy chọn tên khác; tệp đã có không bao giờ bị ghi đè.</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>Mở cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>About TTCS</source>
            <translation>Giới thiệu TTCS</translation>
        </message>
        <message>
            <source>&lt;h3&gt;TTCS %1&lt;/h3&gt;&lt;p&gt;Policy communication: the plan, its tasks and units, spokespersons, training and media monitoring, and the documents that go with them.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;TTCS %1&lt;/h3&gt;&lt;p&gt;Truyền thông chính sách: kế hoạch, nhiệm vụ và đơn vị thực hiện, người phát ngôn, bồi dưỡng, theo dõi báo chí và mạng xã hội, cùng các văn bản đi kèm.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::OverviewPage</name>
        <message>
            <source>Year %1</source>
            <translation>Năm %1</translation>
        </message>
        <message>
            <source>No database is open. Use File › Open to open one.</source>
            <translation>Chưa mở cơ sở dữ liệu nào. Hãy dùng Tệp › Mở để mở.</translation>
        </message>
        <message>
            <source>Plan: %1 (%2)</source>
            <translation>Kế hoạch: %1 (%2)</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Tasks in the plan</source>
            <translation>Nhiệm vụ trong kế hoạch</translation>
        </message>
        <message>
            <source>Spokespersons serving</source>
            <translation>Người phát ngôn đương nhiệm</translation>
        </message>
        <message>
            <source>Training classes</source>
            <translation>Lớp bồi dưỡng</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Học viên</translation>
        </message>
        <message>
            <source>Media items</source>
            <translation>Tin bài theo dõi</translation>
        </message>
        <message>
            <source>Progress reported for %1</source>
            <translation>Kết quả thực hiện năm %1</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Tổng quan</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::PlaceholderPage</name>
        <message>
            <source>Training</source>
            <translation>Bồi dưỡng, tập huấn</translation>
        </message>
        <message>
            <source>Media monitoring</source>
            <translation>Theo dõi báo chí</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <source>No database is open.</source>
            <translation>Chưa mở cơ sở dữ liệu nào.</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Training classes in %1&lt;/h3&gt;&lt;p&gt;%2 classes and %3 trainees are on record for %1.&lt;/p&gt;&lt;p&gt;Entering classes and importing trainee lists comes in a later version.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Lớp bồi dưỡng năm %1&lt;/h3&gt;&lt;p&gt;Năm %1 có %2 lớp và %3 học viên.&lt;/p&gt;&lt;p&gt;Nhập lớp học và danh sách học viên sẽ có ở phiên bản sau.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Media monitoring in %1&lt;/h3&gt;&lt;p&gt;%2 press and social media items are on record for %1.&lt;/p&gt;&lt;p&gt;Logging and importing items comes in a later version.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Theo dõi báo chí năm %1&lt;/h3&gt;&lt;p&gt;Năm %1 có %2 tin bài trên báo chí và mạng xã hội.&lt;/p&gt;&lt;p&gt;Ghi nhận và nhập tin bài sẽ có ở phiên bản sau.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Documents for %1&lt;/h3&gt;&lt;p&gt;The annual implementation plan, the report to the Ministry and the spokesperson list will be exported from here as DOCX and PDF.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Văn bản năm %1&lt;/h3&gt;&lt;p&gt;Kế hoạch triển khai hằng năm, báo cáo gửi Bộ và danh sách người phát ngôn sẽ được xuất từ đây dưới dạng DOCX và PDF.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::PlanPage</name>
        <message>
            <source>Search tasks and units (without diacritics is fine)</source>
            <translation>Tìm nhiệm vụ, đơn vị (gõ không dấu cũng được)</translation>
        </message>
        <message>
            <source>Lead unit:</source>
            <translation>Đơn vị chủ trì:</translation>
        </message>
        <message>
            <source>Implementing units:</source>
            <translation>Đơn vị thực hiện:</translation>
        </message>
        <message>
            <source>Coordinating units:</source>
            <translation>Đơn vị phối hợp:</translation>
        </message>
        <message>
            <source>Time frame:</source>
            <translation>Thời gian thực hiện:</translation>
        </message>
        <message>
            <source>Plan and tasks</source>
            <translation>Kế hoạch, nhiệm vụ</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::SpokespersonTableModel</name>
        <message>
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Chức vụ</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Cơ quan, đơn vị</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Thư điện tử</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::SpokespersonsPage</name>
        <message>
            <source>Search by name, unit, phone or email (without diacritics is fine)</source>
            <translation>Tìm theo tên, đơn vị, điện thoại hoặc email (gõ không dấu cũng được)</translation>
        </message>
        <message>
            <source>No spokespersons on record for %1.</source>
            <translation>Năm %1 chưa có người phát ngôn nào.</translation>
        </message>
        <message>
            <source>%1 of %2 people</source>
            <translation>%1 trên %2 người</translation>
        </message>
        <message>
            <source>Spokespersons</source>
            <translation>Người phát ngôn</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::TaskTreeModel</name>
        <message>
            <source>Implementing: %1</source>
            <translation>Thực hiện: %1</translation>
        </message>
        <message>
            <source>Coordinating: %1</source>
            <translation>Phối hợp: %1</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>TT</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Nhiệm vụ</translation>
        </message>
        <message>
            <source>Lead unit</source>
            <translation>Đơn vị chủ trì</translation>
        </message>
        <message>
            <source>Other units</source>
            <translation>Đơn vị phối hợp, thực hiện</translation>
        </message>
        <message>
            <source>Time frame</source>
            <translation>Thời gian thực hiện</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::UnitTreeModel</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>từ %1</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>đến %1</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Tên viết tắt</translation>
        </message>
        <message>
            <source>Exists</source>
            <translation>Thời gian tồn tại</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::UnitsPage</name>
        <message>
            <source>Search units (without diacritics is fine)</source>
            <translation>Tìm đơn vị (gõ không dấu cũng được)</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Đơn vị</translation>
        </message>
    </context>
</TS>
