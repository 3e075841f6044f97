<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
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
        <message>
            <source>No task with id %1.</source>
            <translation>Không có nhiệm vụ mã %1.</translation>
        </message>
        <message>
            <source>Task %1 has sub-tasks; progress is reported on each of them.</source>
            <translation>Nhiệm vụ %1 có các nhiệm vụ con; kết quả được báo cáo theo từng nhiệm vụ con.</translation>
        </message>
        <message>
            <source>A completion date is only given for a task that is done.</source>
            <translation>Chỉ ghi ngày hoàn thành cho nhiệm vụ đã hoàn thành.</translation>
        </message>
        <message>
            <source>Figures cannot be negative (%1).</source>
            <translation>Số liệu không được là số âm (%1).</translation>
        </message>
        <message>
            <source>A sub-task belongs to the plan of its parent.</source>
            <translation>Nhiệm vụ con phải thuộc cùng kế hoạch với nhiệm vụ cha.</translation>
        </message>
        <message>
            <source>Progress has been reported on task %1; it cannot be given sub-tasks.</source>
            <translation>Nhiệm vụ %1 đã có báo cáo kết quả; không thể thêm nhiệm vụ con.</translation>
        </message>
        <message>
            <source>A task needs a title.</source>
            <translation>Nhiệm vụ phải có tên.</translation>
        </message>
        <message>
            <source>A task cannot be moved under itself or its sub-tasks.</source>
            <translation>Không thể chuyển nhiệm vụ vào chính nó hoặc vào nhiệm vụ con của nó.</translation>
        </message>
        <message>
            <source>The plan's tasks have changed since; this edit can no longer be undone.</source>
            <translation>Các nhiệm vụ của kế hoạch đã thay đổi sau đó; không thể hoàn tác thao tác này nữa.</translation>
        </message>
        <message>
            <source>Task %1 cannot be put back: %2</source>
            <translation>Không khôi phục được nhiệm vụ %1: %2</translation>
        </message>
        <message>
            <source>A training class needs a title.</source>
            <translation>Lớp bồi dưỡng phải có tên.</translation>
        </message>
        <message>
            <source>A training class needs a year.</source>
            <translation>Lớp bồi dưỡng phải có năm tổ chức.</translation>
        </message>
        <message>
            <source>A class cannot end before it starts.</source>
            <translation>Ngày kết thúc lớp không được trước ngày khai giảng.</translation>
        </message>
        <message>
            <source>The planned size cannot be negative.</source>
            <translation>Số học viên dự kiến không được là số âm.</translation>
        </message>
        <message>
            <source>A trainee needs a name.</source>
            <translation>Học viên phải có họ tên.</translation>
        </message>
        <message>
            <source>No training class with id %1.</source>
            <translation>Không có lớp bồi dưỡng mã %1.</translation>
        </message>
        <message>
            <source>No trainee with id %1.</source>
            <translation>Không có học viên mã %1.</translation>
        </message>
        <message>
            <source>The date of the change is missing.</source>
            <translation>Chưa có ngày thay đổi.</translation>
        </message>
        <message>
            <source>%1 already ended on %2.</source>
            <translation>%1 đã chấm dứt hoạt động từ ngày %2.</translation>
        </message>
        <message>
            <source>%1 only exists from %2; the change must come after.</source>
            <translation>%1 chỉ có từ ngày %2; ngày thay đổi phải sau ngày đó.</translation>
        </message>
        <message>
            <source>The new name is empty.</source>
            <translation>Tên mới đang để trống.</translation>
        </message>
        <message>
            <source>A unit cannot be merged into itself.</source>
            <translation>Không thể sáp nhập một đơn vị vào chính nó.</translation>
        </message>
        <message>
            <source>%1 does not exist on %2.</source>
            <translation>%1 không tồn tại vào ngày %2.</translation>
        </message>
        <message>
            <source>%1 has changed since; this change can no longer be undone.</source>
            <translation>%1 đã thay đổi sau đó; không thể hoàn tác thay đổi này nữa.</translation>
        </message>
        <message>
            <source>%1 cannot be taken back: data has been recorded for it since (%2).</source>
            <translation>Không thể hủy %1: đơn vị này đã có dữ liệu được ghi nhận (%2).</translation>
        </message>
        <message>
            <source>Task %1 is not part of the plan in %2.</source>
            <translation>Nhiệm vụ %1 không thuộc kế hoạch năm %2.</translation>
        </message>
        <message>
            <source>The plan starts in %1; %2 is before it.</source>
            <translation>Kế hoạch bắt đầu từ năm %1; năm %2 ở trước đó.</translation>
        </message>
        <message>
            <source>The budget cannot be negative.</source>
            <translation>Kinh phí không được là số âm.</translation>
        </message>
        <message>
            <source>The year %1 has already been started.</source>
            <translation>Kế hoạch năm %1 đã được lập.</translation>
        </message>
        <message>
            <source>Each role must name either one unit or one group of units.</source>
            <translation>Mỗi vai trò phải ghi một đơn vị hoặc một nhóm đơn vị.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Thư mục %1 không tồn tại.</translation>
        </message>
        <message>
            <source>The copy could not be written to %1: %2</source>
            <translation>Không ghi được bản sao vào %1: %2</translation>
        </message>
        <message>
            <source>The file %1 cannot be written: %2</source>
            <translation>Không ghi được tệp %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ttcs::Media</name>
        <message>
            <source>No header row with a date and a title column was found in the first ten rows.</source>
            <translation>Không tìm thấy dòng tiêu đề có cột ngày và cột tiêu đề trong mười dòng đầu.</translation>
        </message>
        <message>
            <source>"%1" is not a date.</source>
            <translation>"%1" không phải là ngày.</translation>
        </message>
        <message>
            <source>The title is missing.</source>
            <translation>Thiếu tiêu đề.</translation>
        </message>
        <message>
            <source>No sentiment given; the item is recorded as neutral.</source>
            <translation>Không ghi sắc thái; tin bài được ghi nhận là trung lập.</translation>
        </message>
        <message>
            <source>"%1" is not a sentiment (positive, neutral or negative).</source>
            <translation>"%1" không phải là sắc thái (tích cực, trung lập hoặc tiêu cực).</translation>
        </message>
        <message>
            <source>No unit is called "%1"; the item is recorded without a unit.</source>
            <translation>Không có đơn vị nào tên "%1"; tin bài được ghi nhận không kèm đơn vị.</translation>
        </message>
        <message>
            <source>A media item needs a date.</source>
            <translation>Tin bài phải có ngày.</translation>
        </message>
        <message>
            <source>A media item needs a title.</source>
            <translation>Tin bài phải có tiêu đề.</translation>
        </message>
        <message>
            <source>No media item with id %1.</source>
            <translation>Không có tin bài mã %1.</translation>
        </message>
        <message>
            <source>This file was already imported on %1; nothing was imported again.</source>
            <translation>Tệp này đã được nhập ngày %1; không nhập lại.</translation>
        </message>
        <message>
            <source>Row %1: %2</source>
            <translation>Dòng %1: %2</translation>
        </message>
        <message>
            <source>Positive</source>
            <translation>Tích cực</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Trung lập</translation>
        </message>
        <message>
            <source>Negative</source>
            <translation>Tiêu cực</translation>
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
        <message>
            <source>News items and articles</source>
            <translation>Tin, bài</translation>
        </message>
        <message>
            <source>Press conferences</source>
            <translation>Họp báo</translation>
        </message>
        <message>
            <source>People trained</source>
            <translation>Người được tập huấn</translation>
        </message>
        <message>
            <source>Radio and television programmes</source>
            <translation>Chương trình phát thanh, truyền hình</translation>
        </message>
        <message>
            <source>Conferences and seminars</source>
            <translation>Hội nghị, hội thảo</translation>
        </message>
        <message>
            <source>Directives and guidance issued</source>
            <translation>Văn bản chỉ đạo, hướng dẫn</translation>
        </message>
        <message>
            <source>Posts on the web portal</source>
            <translation>Tin, bài trên cổng thông tin điện tử</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Quá hạn</translation>
        </message>
        <message>
            <source>Not reported</source>
            <translation>Chưa báo cáo</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>Đúng hạn</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Trễ hạn</translation>
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
        <name>ttcs::Training</name>
        <message>
            <source>Reporters</source>
            <translation>Phóng viên</translation>
        </message>
        <message>
            <source>Editors</source>
            <translation>Biên tập viên</translation>
        </message>
        <message>
            <source>Collaborators</source>
            <translation>Cộng tác viên</translation>
        </message>
        <message>
            <source>Web portal editors</source>
            <translation>Biên tập viên cổng/trang thông tin điện tử</translation>
        </message>
        <message>
            <source>Culture and information officials</source>
            <translation>Công chức Phòng Văn hóa - Thông tin</translation>
        </message>
        <message>
            <source>District culture and media centre staff</source>
            <translation>Viên chức Trung tâm Văn hóa, Thể thao và Truyền thông cấp huyện</translation>
        </message>
        <message>
            <source>Others</source>
            <translation>Đối tượng khác</translation>
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
        <message>
            <source>Renamed</source>
            <translation>Đổi tên</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Sáp nhập</translation>
        </message>
        <message>
            <source>Dissolved</source>
            <translation>Giải thể</translation>
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
        <message>
            <source>  export plan|spokespersons --year N --format docx|pdf --out FILE
         [--number N] [--date YYYY-MM-DD] [--as-of YYYY-MM-DD]
                             a document (no --number: a draft with the number blank)
</source>
            <translation>  export plan|spokespersons --year N --format docx|pdf --out TỆP
         [--number N] [--date YYYY-MM-DD] [--as-of YYYY-MM-DD]
                             xuất văn bản (không có --number: bản dự thảo để trống số)
</translation>
        </message>
        <message>
            <source>  progress list --year N [--unit UNIT] [--as-of YYYY-MM-DD] [--json]
                             each unit's progress on each task of the year
  progress set --year N --number TASK --unit UNIT STATUS [RESULT]
         [--date YYYY-MM-DD] [--as-of YYYY-MM-DD]
                             record a unit's progress (--date: when done)
</source>
            <translation>  progress list --year N [--unit ĐƠN_VỊ] [--as-of YYYY-MM-DD] [--json]
                             kết quả thực hiện từng nhiệm vụ của từng đơn vị trong năm
  progress set --year N --number SỐ_NHIỆM_VỤ --unit ĐƠN_VỊ TRẠNG_THÁI [KẾT_QUẢ]
         [--date YYYY-MM-DD] [--as-of YYYY-MM-DD]
                             ghi kết quả của một đơn vị (--date: ngày hoàn thành)
</translation>
        </message>
        <message>
            <source>  year new --year N          start year N's plan from year N-1
</source>
            <translation>  year new --year N          lập kế hoạch năm N từ kế hoạch năm N-1
</translation>
        </message>
        <message>
            <source>  overview --year N [--as-of YYYY-MM-DD] [--json]
                             the figures of the year
</source>
            <translation>  overview --year N [--as-of YYYY-MM-DD] [--json]
                             số liệu tổng hợp của năm
</translation>
        </message>
        <message>
            <source>  media import FILE.csv [--json]
                             add media-monitoring items from a CSV file
</source>
            <translation>  media import TỆP.csv [--json]
                             thêm tin bài theo dõi báo chí, mạng xã hội từ tệp CSV
</translation>
        </message>
        <message>
            <source>use "export plan|spokespersons ...".</source>
            <translation>hãy dùng "export plan|spokespersons ...".</translation>
        </message>
        <message>
            <source>unknown document "%1".</source>
            <translation>không có loại văn bản "%1".</translation>
        </message>
        <message>
            <source>--format must be one of %1.</source>
            <translation>--format phải là một trong: %1.</translation>
        </message>
        <message>
            <source>--out FILE is needed.</source>
            <translation>cần có --out TỆP.</translation>
        </message>
        <message>
            <source>--number needs a positive number, not "%1".</source>
            <translation>--number cần một số dương, không phải "%1".</translation>
        </message>
        <message>
            <source>--date needs a date as YYYY-MM-DD, not "%1".</source>
            <translation>--date cần ngày dạng YYYY-MM-DD, không phải "%1".</translation>
        </message>
        <message>
            <source>--as-of needs a date as YYYY-MM-DD, not "%1".</source>
            <translation>--as-of cần ngày dạng YYYY-MM-DD, không phải "%1".</translation>
        </message>
        <message>
            <source>Wrote %1.</source>
            <translation>Đã ghi %1.</translation>
        </message>
        <message>
            <source>--year N is needed.</source>
            <translation>cần có --year N.</translation>
        </message>
        <message>
            <source>"progress list" takes no operands.</source>
            <translation>"progress list" không nhận tham số.</translation>
        </message>
        <message>
            <source>no single unit is called "%1" in %2.</source>
            <translation>năm %2 không có đúng một đơn vị tên "%1".</translation>
        </message>
        <message>
            <source>use "progress set --year N --number TASK --unit UNIT STATUS [RESULT]".</source>
            <translation>hãy dùng "progress set --year N --number SỐ_NHIỆM_VỤ --unit ĐƠN_VỊ TRẠNG_THÁI [KẾT_QUẢ]".</translation>
        </message>
        <message>
            <source>--number TASK and --unit UNIT are needed.</source>
            <translation>cần có --number SỐ_NHIỆM_VỤ và --unit ĐƠN_VỊ.</translation>
        </message>
        <message>
            <source>the status must be one of not_started, in_progress, done, not_applicable, not "%1".</source>
            <translation>trạng thái phải là một trong not_started, in_progress, done, not_applicable, không phải "%1".</translation>
        </message>
        <message>
            <source>the plan of %1 has no task %2.</source>
            <translation>kế hoạch năm %1 không có nhiệm vụ %2.</translation>
        </message>
        <message>
            <source>use "progress list" or "progress set".</source>
            <translation>hãy dùng "progress list" hoặc "progress set".</translation>
        </message>
        <message>
            <source>use "year new --year N".</source>
            <translation>hãy dùng "year new --year N".</translation>
        </message>
        <message>
            <source>Started %1 from %2: %3 task years copied.</source>
            <translation>Đã lập kế hoạch năm %1 từ năm %2: sao chép %3 nhiệm vụ của năm.</translation>
        </message>
        <message>
            <source>"overview" takes no operands.</source>
            <translation>"overview" không nhận tham số.</translation>
        </message>
        <message>
            <source>%1 done, %2 overdue, %3 not reported of %4</source>
            <translation>%1 hoàn thành, %2 quá hạn, %3 chưa báo cáo trên tổng số %4</translation>
        </message>
        <message>
            <source>Units that have not reported: %1</source>
            <translation>Đơn vị chưa báo cáo: %1</translation>
        </message>
        <message>
            <source>Units without a spokesperson: %1</source>
            <translation>Đơn vị chưa có người phát ngôn: %1</translation>
        </message>
        <message>
            <source>use "media import FILE.csv".</source>
            <translation>hãy dùng "media import TỆP.csv".</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>Không đọc được %1: %2</translation>
        </message>
        <message>
            <source>row %1: %2</source>
            <translation>dòng %1: %2</translation>
        </message>
        <message>
            <source>%1 holds no media item that can be imported.</source>
            <translation>%1 không có tin bài nào nhập được.</translation>
        </message>
        <message>
            <source>Imported %1 media items; %2 rows rejected.</source>
            <translation>Đã nhập %1 tin bài; %2 dòng bị loại.</translation>
        </message>
    </context>
    <context>
        <name>ttcs::document::AtomicFile</name>
        <message>
            <source>No file name was given.</source>
            <translation>Chưa có tên tệp.</translation>
        </message>
        <message>
            <source>The folder “%1” does not exist.</source>
            <translation>Thư mục “%1” không tồn tại.</translation>
        </message>
        <message>
            <source>“%1” is a folder, not a file.</source>
            <translation>“%1” là một thư mục, không phải một tệp.</translation>
        </message>
        <message>
            <source>Cannot write “%1”: %2</source>
            <translation>Không ghi được tệp “%1”: %2</translation>
        </message>
        <message>
            <source>Could not save “%1”: %2</source>
            <translation>Không lưu được tệp “%1”: %2</translation>
        </message>
    </context>
    <context>
        <name>ttcs::document::DocxWriter</name>
        <message>
            <source>Could not put the Word file together (zip error %1).</source>
            <translation>Không tạo được tệp Word (lỗi nén %1).</translation>
        </message>
    </context>
    <context>
        <name>ttcs::document::PageLayout</name>
        <message>
            <source>Could not start drawing the pages.</source>
            <translation>Không bắt đầu vẽ được các trang.</translation>
        </message>
        <message>
            <source>Could not start page %1.</source>
            <translation>Không sang được trang %1.</translation>
        </message>
        <message>
            <source>Could not finish the pages.</source>
            <translation>Không hoàn tất được các trang.</translation>
        </message>
    </context>
    <context>
        <name>ttcs::document::PdfWriter</name>
        <message>
            <source>A PDF cannot be made here: no fonts are available.</source>
            <translation>Không tạo được tệp PDF ở đây: không có phông chữ nào để dùng.</translation>
        </message>
        <message>
            <source>The PDF came out empty.</source>
            <translation>Tệp PDF tạo ra bị trống.</translation>
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
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Công cụ</translation>
        </message>
        <message>
            <source>Organisation &amp;profile…</source>
            <translation>&amp;Thông tin cơ quan…</translation>
        </message>
        <message>
            <source>Save a &amp;copy…</source>
            <translation>Lưu một &amp;bản sao…</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Sao lưu ngay</translation>
        </message>
        <message>
            <source>Res&amp;tore from a backup…</source>
            <translation>&amp;Khôi phục từ bản sao lưu…</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Hướng dẫn sử dụng</translation>
        </message>
        <message>
            <source>another copy of TTCS has it open</source>
            <translation>một cửa sổ TTCS khác đang mở tệp này</translation>
        </message>
        <message>
            <source>The daily backup could not be made: %1</source>
            <translation>Không tạo được bản sao lưu hằng ngày: %1</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Lưu một bản sao</translation>
        </message>
        <message>
            <source>Choose another file than the open database.</source>
            <translation>Hãy chọn tệp khác với cơ sở dữ liệu đang mở.</translation>
        </message>
        <message>
            <source>Saved a copy to %1</source>
            <translation>Đã lưu bản sao vào %1</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Sao lưu ngay</translation>
        </message>
        <message>
            <source>The folder %1 cannot be created.</source>
            <translation>Không tạo được thư mục %1.</translation>
        </message>
        <message>
            <source>Backed up to %1</source>
            <translation>Đã sao lưu vào %1</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Khôi phục từ bản sao lưu</translation>
        </message>
        <message>
            <source>Replace the data in %1 with the backup %2?

A copy of the current data is kept in the backups folder first.</source>
            <translation>Thay dữ liệu trong %1 bằng bản sao lưu %2?

Dữ liệu hiện tại sẽ được sao lưu vào thư mục backups trước.</translation>
        </message>
        <message>
            <source>The current data could not be copied first, so nothing was restored: %1</source>
            <translation>Không sao lưu được dữ liệu hiện tại nên chưa khôi phục: %1</translation>
        </message>
        <message>
            <source>Restored from %1; the data before it are in %2</source>
            <translation>Đã khôi phục từ %1; dữ liệu trước đó được giữ tại %2</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Hướng dẫn sử dụng</translation>
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
        <name>ttcs::ui::ProfileDialog</name>
        <message>
            <source>Organisation profile</source>
            <translation>Thông tin cơ quan ban hành</translation>
        </message>
        <message>
            <source>&amp;Province:</source>
            <translation>&amp;Tỉnh:</translation>
        </message>
        <message>
            <source>The province the plan is for, e.g. Bắc Kạn</source>
            <translation>Tỉnh thực hiện kế hoạch, ví dụ Bắc Kạn</translation>
        </message>
        <message>
            <source>P&amp;lace in the date line:</source>
            <translation>Địa danh ở &amp;dòng ngày tháng:</translation>
        </message>
        <message>
            <source>"Bắc Kạn" in "Bắc Kạn, ngày 05 tháng 01 năm 2024"</source>
            <translation>"Bắc Kạn" trong "Bắc Kạn, ngày 05 tháng 01 năm 2024"</translation>
        </message>
        <message>
            <source>P&amp;arent body:</source>
            <translation>Cơ quan &amp;chủ quản:</translation>
        </message>
        <message>
            <source>First line of the header block, upper case; one line per row</source>
            <translation>Dòng đầu của phần tiêu đề, chữ in hoa; mỗi dòng một hàng</translation>
        </message>
        <message>
            <source>&amp;Issuing body:</source>
            <translation>Cơ quan &amp;ban hành:</translation>
        </message>
        <message>
            <source>Second line of the header block, upper case; one line per row</source>
            <translation>Dòng thứ hai của phần tiêu đề, chữ in hoa; mỗi dòng một hàng</translation>
        </message>
        <message>
            <source>Issuing body in &amp;text:</source>
            <translation>Tên cơ quan trong &amp;nội dung:</translation>
        </message>
        <message>
            <source>How running text names it, e.g. Sở Thông tin và Truyền thông</source>
            <translation>Cách gọi trong nội dung văn bản, ví dụ Sở Thông tin và Truyền thông</translation>
        </message>
        <message>
            <source>Plan s&amp;ymbol:</source>
            <translation>&amp;Ký hiệu kế hoạch:</translation>
        </message>
        <message>
            <source>After the number of a plan, e.g. KH-STTTT</source>
            <translation>Sau số của kế hoạch, ví dụ KH-STTTT</translation>
        </message>
        <message>
            <source>Report sy&amp;mbol:</source>
            <translation>Ký &amp;hiệu báo cáo:</translation>
        </message>
        <message>
            <source>After the number of a report, e.g. BC-STTTT</source>
            <translation>Sau số của báo cáo, ví dụ BC-STTTT</translation>
        </message>
        <message>
            <source>Signing &amp;authority:</source>
            <translation>&amp;Thẩm quyền ký:</translation>
        </message>
        <message>
            <source>e.g. KT. GIÁM ĐỐC (KT., TM., Q., TL., TUQ.)</source>
            <translation>ví dụ KT. GIÁM ĐỐC (KT., TM., Q., TL., TUQ.)</translation>
        </message>
        <message>
            <source>Signer's &amp;title:</source>
            <translation>&amp;Chức vụ người ký:</translation>
        </message>
        <message>
            <source>e.g. PHÓ GIÁM ĐỐC</source>
            <translation>ví dụ PHÓ GIÁM ĐỐC</translation>
        </message>
        <message>
            <source>Signer's &amp;name:</source>
            <translation>&amp;Họ tên người ký:</translation>
        </message>
        <message>
            <source>Without academic titles</source>
            <translation>Không ghi học hàm, học vị</translation>
        </message>
        <message>
            <source>&amp;Drafting unit:</source>
            <translation>Đơn vị &amp;soạn thảo:</translation>
        </message>
        <message>
            <source>After "Lưu: VT," at the end of the recipients</source>
            <translation>Sau "Lưu: VT," ở cuối nơi nhận</translation>
        </message>
        <message>
            <source>&amp;Report goes to:</source>
            <translation>Báo cáo &amp;gửi:</translation>
        </message>
        <message>
            <source>The body named under "Kính gửi" in the annual report</source>
            <translation>Cơ quan ghi ở "Kính gửi" trong báo cáo hằng năm</translation>
        </message>
        <message>
            <source>&amp;Press authority:</source>
            <translation>Cơ quan &amp;quản lý báo chí:</translation>
        </message>
        <message>
            <source>The body the spokesperson list is sent to</source>
            <translation>Cơ quan nhận danh sách người phát ngôn</translation>
        </message>
        <message>
            <source>Re&amp;cipients:</source>
            <translation>&amp;Nơi nhận:</translation>
        </message>
        <message>
            <source>"Nơi nhận", one per line</source>
            <translation>"Nơi nhận", mỗi nơi một dòng</translation>
        </message>
        <message>
            <source>The database is read-only (%1); the profile cannot be changed.</source>
            <translation>Cơ sở dữ liệu chỉ đọc (%1); không sửa được thông tin cơ quan.</translation>
        </message>
        <message>
            <source>The issuing body and the place are needed in every document.</source>
            <translation>Văn bản nào cũng cần cơ quan ban hành và địa danh.</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::ReportsPage</name>
        <message>
            <source>Dated</source>
            <translation>Ghi ngày</translation>
        </message>
        <message>
            <source>List as of:</source>
            <translation>Danh sách tính đến:</translation>
        </message>
        <message>
            <source>Export &amp;DOCX…</source>
            <translation>Xuất &amp;DOCX…</translation>
        </message>
        <message>
            <source>Export &amp;PDF…</source>
            <translation>Xuất &amp;PDF…</translation>
        </message>
        <message>
            <source>P&amp;rint…</source>
            <translation>&amp;In…</translation>
        </message>
        <message>
            <source>Open &amp;folder</source>
            <translation>Mở &amp;thư mục</translation>
        </message>
        <message>
            <source>Annual implementation plan</source>
            <translation>Kế hoạch triển khai hằng năm</translation>
        </message>
        <message>
            <source>Spokesperson list</source>
            <translation>Danh sách người phát ngôn</translation>
        </message>
        <message>
            <source>draft (blank)</source>
            <translation>dự thảo (để trống)</translation>
        </message>
        <message>
            <source>The document's number; 0 leaves it blank for a draft</source>
            <translation>Số văn bản; để 0 thì để trống số (bản dự thảo)</translation>
        </message>
        <message>
            <source>Without a date, the day and month are left blank for the signer to fill in</source>
            <translation>Không ghi ngày thì để trống ngày, tháng để ghi khi ký</translation>
        </message>
        <message>
            <source>&amp;Document:</source>
            <translation>&amp;Văn bản:</translation>
        </message>
        <message>
            <source>&amp;Number:</source>
            <translation>&amp;Số:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Ngày:</translation>
        </message>
        <message>
            <source>No database is open.</source>
            <translation>Chưa mở cơ sở dữ liệu nào.</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n trang</numerusform>
            </translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Tài liệu PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Tài liệu Word (*.docx)</translation>
        </message>
        <message>
            <source>Export document</source>
            <translation>Xuất văn bản</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Đã lưu %1</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>In</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Báo cáo</translation>
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
