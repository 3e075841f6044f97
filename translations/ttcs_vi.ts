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
        <message>
            <source>When there is no database yet, start with the demo data without asking.</source>
            <translation>Khi chưa có cơ sở dữ liệu, bắt đầu với dữ liệu mẫu mà không hỏi.</translation>
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
        <message>
            <source>The spokesperson no longer exists.</source>
            <translation>Người phát ngôn này không còn trong dữ liệu.</translation>
        </message>
        <message>
            <source>The province and the issuing body are needed for a new database.</source>
            <translation>Cơ sở dữ liệu mới cần có tên tỉnh và cơ quan ban hành.</translation>
        </message>
        <message>
            <source>%1 already exists; an existing file is never overwritten.</source>
            <translation>%1 đã có; tệp đã có không bao giờ bị ghi đè.</translation>
        </message>
        <message>
            <source>The new database could not be set up: %1</source>
            <translation>Không tạo được cơ sở dữ liệu mới: %1</translation>
        </message>
        <message>
            <source>A unit needs a name.</source>
            <translation>Đơn vị phải có tên.</translation>
        </message>
        <message>
            <source>A unit cannot be placed under itself or its own units.</source>
            <translation>Không thể đặt một đơn vị trực thuộc chính nó hoặc đơn vị trực thuộc nó.</translation>
        </message>
        <message>
            <source>%1 cannot be removed: data has been recorded for it.</source>
            <translation>Không thể xoá %1: đã có dữ liệu ghi nhận cho đơn vị này.</translation>
        </message>
        <message>
            <source>The copy was cancelled; nothing was written.</source>
            <translation>Đã hủy sao chép; không ghi gì.</translation>
        </message>
    </context>
    <context>
        <name>ttcs::Import</name>
        <message>
            <source>There is no import batch %1.</source>
            <translation>Không có lần nhập %1.</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(không nhập)</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>STT</translation>
        </message>
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
            <translation>Email</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>Appointing decision</source>
            <translation>Quyết định phân công</translation>
        </message>
        <message>
            <source>The row has no name.</source>
            <translation>Dòng này không có họ tên.</translation>
        </message>
        <message>
            <source>The file %1 cannot be read: %2</source>
            <translation>Không đọc được tệp %1: %2</translation>
        </message>
        <message>
            <source>Row %1: %2</source>
            <translation>Dòng %1: %2</translation>
        </message>
        <message>
            <source>%1 has no sheet named “%2”. Its sheets: %3.</source>
            <translation>Tệp %1 không có trang tính tên “%2”. Các trang tính của tệp: %3.</translation>
        </message>
        <message>
            <source>The sheet “%1” of %2 does not look like a list of people: no row near the top is a header with a name column (“Họ và tên”) and another column such as “Chức vụ” or “Điện thoại”.</source>
            <translation>Trang tính “%1” của tệp %2 không giống một danh sách người: không có dòng nào ở phần đầu là dòng tiêu đề có cột họ tên (“Họ và tên”) và một cột khác như “Chức vụ” hay “Điện thoại”.</translation>
        </message>
        <message>
            <source>No sheet of %1 looks like a list of people: none has a header row with a name column (“Họ và tên”) and another column such as “Chức vụ” or “Điện thoại”.</source>
            <translation>Không trang tính nào của tệp %1 giống một danh sách người: không trang nào có dòng tiêu đề với cột họ tên (“Họ và tên”) và một cột khác như “Chức vụ” hay “Điện thoại”.</translation>
        </message>
        <message>
            <source>No column of the sheet “%1” is set to hold the names.</source>
            <translation>Chưa có cột nào của trang tính “%1” được chọn làm cột họ tên.</translation>
        </message>
        <message>
            <source>There is no unit %1.</source>
            <translation>Không có đơn vị %1.</translation>
        </message>
        <message>
            <source>The unit “%1” matches no unit of the list.</source>
            <translation>“%1” không khớp với đơn vị nào trong danh mục đơn vị.</translation>
        </message>
        <message>
            <source>Did you mean: %1?</source>
            <translation>Có phải là: %1?</translation>
        </message>
        <message>
            <source>No unit is given for this person.</source>
            <translation>Người này chưa có cơ quan, đơn vị.</translation>
        </message>
        <message>
            <source>The unit “%1” fits several units (%2); none was chosen.</source>
            <translation>“%1” khớp với nhiều đơn vị (%2); chưa chọn đơn vị nào.</translation>
        </message>
        <message>
            <source>The unit “%1” is not in the list of units (closest: %2).</source>
            <translation>“%1” không có trong danh mục đơn vị (gần nhất: %2).</translation>
        </message>
        <message>
            <source>The unit “%1” is not in the list of units.</source>
            <translation>“%1” không có trong danh mục đơn vị.</translation>
        </message>
        <message>
            <source>The same name is on row %1 for the same unit.</source>
            <translation>Họ tên này đã có ở dòng %1 cho cùng đơn vị.</translation>
        </message>
        <message>
            <source>Sheet “%1”, header on row %2: %3 people, %4 rows refused, %5 warnings.</source>
            <translation>Trang tính “%1”, dòng tiêu đề ở dòng %2: %3 người, %4 dòng bị từ chối, %5 cảnh báo.</translation>
        </message>
        <message>
            <source>There is no unit column: each person's unit is the section row above them.</source>
            <translation>Không có cột đơn vị: đơn vị của mỗi người là dòng mục ở phía trên người đó.</translation>
        </message>
        <message>
            <source>%1 people have no unit: the sheet has neither a unit column nor section rows naming units.</source>
            <translation>%1 người chưa có đơn vị: trang tính không có cột đơn vị, cũng không có dòng mục ghi tên đơn vị.</translation>
        </message>
        <message>
            <source>%1 cells typed in the old TCVN3 encoding (.VnTime fonts) were converted to Unicode.</source>
            <translation>Đã chuyển %1 ô gõ theo bảng mã cũ TCVN3 (phông .VnTime) sang Unicode.</translation>
        </message>
        <message>
            <source>%1 cells typed in the old VNI encoding were converted to Unicode.</source>
            <translation>Đã chuyển %1 ô gõ theo bảng mã cũ VNI sang Unicode.</translation>
        </message>
        <message>
            <source>“%1” (%2 rows) fits several units: %3.</source>
            <translation>“%1” (%2 dòng) khớp với nhiều đơn vị: %3.</translation>
        </message>
        <message>
            <source>“%1” (%2 rows) matches no unit; the text is kept. Closest: %3.</source>
            <translation>“%1” (%2 dòng) không khớp với đơn vị nào; giữ nguyên chữ trong tệp. Gần nhất: %3.</translation>
        </message>
        <message>
            <source>“%1” (%2 rows) matches no unit; the text is kept.</source>
            <translation>“%1” (%2 dòng) không khớp với đơn vị nào; giữ nguyên chữ trong tệp.</translation>
        </message>
        <message>
            <source>This file was already imported (batch %1); importing it again updates the same people.</source>
            <translation>Tệp này đã được nhập (lần nhập %1); nhập lại sẽ cập nhật những người đã có.</translation>
        </message>
        <message>
            <source>%1 people to add, %2 to update.</source>
            <translation>Sẽ thêm %1 người, cập nhật %2 người.</translation>
        </message>
        <message>
            <source>%1 people missing from their unit's new list serve until %2.</source>
            <translation>%1 người không còn trong danh sách mới của đơn vị sẽ đảm nhiệm đến hết ngày %2.</translation>
        </message>
        <message>
            <source>The list was not imported; nothing was changed: %1</source>
            <translation>Chưa nhập được danh sách; không có gì bị thay đổi: %1</translation>
        </message>
        <message>
            <source>Import batch %1 is not a list of spokespersons.</source>
            <translation>Lần nhập %1 không phải danh sách người phát ngôn.</translation>
        </message>
        <message>
            <source>Import batch %1 was already undone on %2.</source>
            <translation>Lần nhập %1 đã được hoàn tác lúc %2.</translation>
        </message>
        <message>
            <source>Import batch %1 cannot be undone: it keeps no record of its changes.</source>
            <translation>Không hoàn tác được lần nhập %1: lần nhập này không lưu lại các thay đổi.</translation>
        </message>
        <message>
            <source>Import batch %1 changed some of the same people later; undo it first.</source>
            <translation>Lần nhập %1 sau đó đã thay đổi một số người này; hãy hoàn tác lần nhập đó trước.</translation>
        </message>
        <message>
            <source>Import batch %1 was not undone; nothing was changed: %2</source>
            <translation>Chưa hoàn tác được lần nhập %1; không có gì bị thay đổi: %2</translation>
        </message>
        <message>
            <source>Rows of %1 that were not imported</source>
            <translation>Các dòng của tệp %1 không nhập được</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Không nhập được</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>No person was found under the header.</source>
            <translation>Không tìm thấy người nào dưới dòng tiêu đề.</translation>
        </message>
        <message>
            <source>No sheet of %1 has a header row naming the trainees' names and their unit, category or completion (for example "Họ và tên", "Đơn vị", "Đối tượng") in its first %2 rows.</source>
            <translation>Không trang tính nào của %1 có dòng tiêu đề ghi họ tên học viên cùng đơn vị, đối tượng hoặc kết quả hoàn thành (ví dụ "Họ và tên", "Đơn vị", "Đối tượng") trong %2 dòng đầu.</translation>
        </message>
        <message>
            <source>The name column holds a number (%1), not a name.</source>
            <translation>Cột họ tên ghi một con số (%1), không phải họ tên.</translation>
        </message>
        <message>
            <source>"%1" fits several units; it is kept as written.</source>
            <translation>"%1" khớp với nhiều đơn vị; giữ nguyên như trong tệp.</translation>
        </message>
        <message>
            <source>No unit is called "%1"; it is kept as written.</source>
            <translation>Không có đơn vị nào tên "%1"; giữ nguyên như trong tệp.</translation>
        </message>
        <message>
            <source>The category "%1" is not one of the known ones; the trainee is counted under "%2".</source>
            <translation>Đối tượng "%1" không thuộc các đối tượng đã biết; học viên được tính vào "%2".</translation>
        </message>
        <message>
            <source>"%1" does not say whether the class was completed; taken as not completed.</source>
            <translation>"%1" không cho biết học viên đã hoàn thành lớp học hay chưa; coi như chưa hoàn thành.</translation>
        </message>
        <message>
            <source>The same person is on row %1; this row is left out.</source>
            <translation>Người này đã có ở dòng %1; bỏ qua dòng này.</translation>
        </message>
        <message>
            <source>The unit has no task in %1; there is no form to send it.</source>
            <translation>Đơn vị không có nhiệm vụ nào trong năm %1; không có phiếu để gửi.</translation>
        </message>
        <message>
            <source>%1 is not a progress form: none of its rows has the key the exported form gives each task. Export the unit's form again and ask the unit to fill that one in.</source>
            <translation>%1 không phải phiếu báo cáo tiến độ: không dòng nào có mã dòng mà phiếu xuất ra ghi cho mỗi nhiệm vụ. Hãy xuất lại phiếu của đơn vị và đề nghị đơn vị điền vào phiếu đó.</translation>
        </message>
        <message>
            <source>%1: the header row with the column "%2" was not found above the tasks; the form's header must stay as it was exported.</source>
            <translation>%1: không tìm thấy dòng tiêu đề có cột "%2" phía trên các nhiệm vụ; dòng tiêu đề của phiếu phải giữ nguyên như khi xuất.</translation>
        </message>
        <message>
            <source>%1: every row key of the form was altered; the rows cannot be matched to tasks.</source>
            <translation>%1: mọi mã dòng của phiếu đã bị sửa; không thể đối chiếu các dòng với nhiệm vụ.</translation>
        </message>
        <message>
            <source>%1 is the form for %2, not for %3; nothing was imported from it.</source>
            <translation>%1 là phiếu của năm %2, không phải năm %3; không nhập gì từ tệp này.</translation>
        </message>
        <message>
            <source>%1 is the form of another unit; nothing was imported from it.</source>
            <translation>%1 là phiếu của đơn vị khác; không nhập gì từ tệp này.</translation>
        </message>
        <message>
            <source>%1: the unit of this form has no task in %2 any more; nothing was imported from it.</source>
            <translation>%1: đơn vị của phiếu này không còn nhiệm vụ nào trong năm %2; không nhập gì từ tệp này.</translation>
        </message>
        <message>
            <source>The column "%1" is missing; its figures were kept as they were.</source>
            <translation>Thiếu cột "%1"; số liệu của cột này được giữ nguyên.</translation>
        </message>
        <message>
            <source>The column "%1" is missing; the results were kept as they were.</source>
            <translation>Thiếu cột "%1"; kết quả thực hiện được giữ nguyên.</translation>
        </message>
        <message>
            <source>The column "%1" is missing; the completion dates were kept as they were.</source>
            <translation>Thiếu cột "%1"; ngày hoàn thành được giữ nguyên.</translation>
        </message>
        <message>
            <source>this row has no key (it was added to the form by hand); it was not imported.</source>
            <translation>dòng này không có mã dòng (được thêm tay vào phiếu); không được nhập.</translation>
        </message>
        <message>
            <source>the row key "%1" was changed; the row cannot be matched to a task.</source>
            <translation>mã dòng "%1" đã bị sửa; không thể đối chiếu dòng với nhiệm vụ.</translation>
        </message>
        <message>
            <source>the row was copied from the form of another unit or year.</source>
            <translation>dòng được sao chép từ phiếu của đơn vị hoặc năm khác.</translation>
        </message>
        <message>
            <source>the task of this row is no longer one of the unit's tasks in %1.</source>
            <translation>nhiệm vụ của dòng này không còn là nhiệm vụ của đơn vị trong năm %1.</translation>
        </message>
        <message>
            <source>task %1 appears twice in the form; only its first row was read.</source>
            <translation>nhiệm vụ %1 xuất hiện hai lần trong phiếu; chỉ dòng đầu tiên được đọc.</translation>
        </message>
        <message>
            <source>"%1" under "%2" is not a whole number of zero or more.</source>
            <translation>"%1" ở cột "%2" không phải số nguyên từ 0 trở lên.</translation>
        </message>
        <message>
            <source>the completion date "%1" is not a date (write it as dd/mm/yyyy).</source>
            <translation>ngày hoàn thành "%1" không phải ngày (ghi dạng ngày/tháng/năm).</translation>
        </message>
        <message>
            <source>no status was chosen (one of: %1).</source>
            <translation>chưa chọn tình trạng (một trong: %1).</translation>
        </message>
        <message>
            <source>the status "%1" is not one of: %2.</source>
            <translation>tình trạng "%1" không thuộc: %2.</translation>
        </message>
        <message>
            <source>a completion date is only kept for a task that is done; the date of task %1 was left out.</source>
            <translation>ngày hoàn thành chỉ ghi cho nhiệm vụ đã hoàn thành; ngày của nhiệm vụ %1 được bỏ qua.</translation>
        </message>
        <message>
            <source>the completion date of task %1 (%2) is in the future.</source>
            <translation>ngày hoàn thành của nhiệm vụ %1 (%2) là ngày trong tương lai.</translation>
        </message>
        <message>
            <source>task %1 of this unit is also in %2; import the two files one after the other to choose between them.</source>
            <translation>nhiệm vụ %1 của đơn vị này cũng có trong %2; hãy nhập lần lượt hai tệp để chọn giữa chúng.</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>Không nhập gì: %1</translation>
        </message>
        <message>
            <source>Import batch %1 is not an import of progress forms.</source>
            <translation>Lần nhập %1 không phải lần nhập phiếu báo cáo tiến độ.</translation>
        </message>
        <message>
            <source>Import batch %1 cannot be undone: some of its rows were changed after it. Undo those changes first.</source>
            <translation>Không thể hoàn tác lần nhập %1: một số dòng của lần nhập đã được sửa sau đó. Hãy hoàn tác các thay đổi đó trước.</translation>
        </message>
        <message>
            <source>The unit “%1” of row %2 is no longer in the list of units (it was deleted after the file was checked). Check the file again.</source>
            <translation>Đơn vị “%1” ở dòng %2 không còn trong danh sách đơn vị (đã bị xóa sau khi kiểm tra tệp). Hãy kiểm tra lại tệp.</translation>
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
        <message>
            <source>  spokespersons list [--as-of YYYY-MM-DD | --all] [--json]
                             the spokespersons serving on a date (today)
</source>
            <translation>  spokespersons list [--as-of YYYY-MM-DD | --all] [--json]
                             người phát ngôn đang đảm nhiệm vào một ngày (hôm nay)
</translation>
        </message>
        <message>
            <source>--%1 needs a date such as 2024-03-01, not "%2".</source>
            <translation>--%1 cần một ngày dạng 2024-03-01, không phải "%2".</translation>
        </message>
        <message>
            <source>use "import spokespersons FILE" with one file.</source>
            <translation>hãy dùng "import spokespersons TỆP" với một tệp.</translation>
        </message>
        <message>
            <source>--rejects needs a file ending in .csv or .xlsx.</source>
            <translation>--rejects cần một tệp có đuôi .csv hoặc .xlsx.</translation>
        </message>
        <message>
            <source>Rows not imported written to %1.</source>
            <translation>Đã ghi các dòng không nhập được vào %1.</translation>
        </message>
        <message>
            <source>Dry run: nothing was written to the database.</source>
            <translation>Chạy thử: không ghi gì vào cơ sở dữ liệu.</translation>
        </message>
        <message>
            <source>Batch %1: %2 people added, %3 updated, %4 ended, %5 rows refused. Undo with "ttcs-cli import undo %1".</source>
            <translation>Lần nhập %1: thêm %2 người, cập nhật %3 người, kết thúc %4 người, từ chối %5 dòng. Hoàn tác bằng lệnh "ttcs-cli import undo %1".</translation>
        </message>
        <message>
            <source>use "import undo BATCH".</source>
            <translation>hãy dùng "import undo SỐ_LẦN_NHẬP".</translation>
        </message>
        <message>
            <source>BATCH must be a batch number, not "%1".</source>
            <translation>SỐ_LẦN_NHẬP phải là số của một lần nhập, không phải "%1".</translation>
        </message>
        <message>
            <source>Import batch %1 was undone.</source>
            <translation>Đã hoàn tác lần nhập %1.</translation>
        </message>
        <message>
            <source>"import batches" takes no operands.</source>
            <translation>"import batches" không nhận tham số.</translation>
        </message>
        <message>
            <source>%1 added, %2 updated, %3 refused</source>
            <translation>thêm %1, cập nhật %2, từ chối %3</translation>
        </message>
        <message>
            <source>undone</source>
            <translation>đã hoàn tác</translation>
        </message>
        <message>
            <source>use "spokespersons list".</source>
            <translation>hãy dùng "spokespersons list".</translation>
        </message>
        <message>
            <source>--all and --as-of cannot be used together.</source>
            <translation>không thể dùng --all cùng với --as-of.</translation>
        </message>
        <message>
            <source>  export plan|report|spokespersons|reminder --year N --format docx|pdf|xlsx|csv --out FILE
         [--number N] [--date YYYY-MM-DD] [--as-of YYYY-MM-DD]
                             a document (no --number: a draft with the number blank;
                             --as-of: the list's date or the report's data cut-off;
                             reminder: the letter to the units that have not reported)
</source>
            <translation>  export plan|report|spokespersons|reminder --year N --format docx|pdf|xlsx|csv --out TỆP
         [--number N] [--date YYYY-MM-DD] [--as-of YYYY-MM-DD]
                             xuất văn bản (không có --number: bản dự thảo để trống số;
                             --as-of: ngày của danh sách hoặc thời điểm lấy số liệu báo cáo;
                             reminder: công văn đôn đốc các đơn vị chưa báo cáo)
</translation>
        </message>
        <message>
            <source>  import spokespersons FILE [--sheet NAME] [--unit UNIT] [--date YYYY-MM-DD]
         [--close-missing] [--dry-run] [--rejects OUT.csv|OUT.xlsx] [--json]
                             import a unit's list of spokespersons
  import progress FILE... [--year N] [--take-new|--keep-old] [--dry-run] [--json]
                             import progress forms filled in by units (conflicts
                             with what is on record are kept unless --take-new)
  import batches [--json]    the imports made, newest first
  import undo BATCH          take an import back
</source>
            <translation>  import spokespersons TỆP [--sheet TÊN] [--unit ĐƠN_VỊ] [--date YYYY-MM-DD]
         [--close-missing] [--dry-run] [--rejects RA.csv|RA.xlsx] [--json]
                             nhập danh sách người phát ngôn của một đơn vị
  import progress TỆP... [--year N] [--take-new|--keep-old] [--dry-run] [--json]
                             nhập phiếu báo cáo tiến độ các đơn vị đã điền (dòng khác
                             với dữ liệu đã có được giữ nguyên, trừ khi có --take-new)
  import batches [--json]    các lần nhập đã làm, mới nhất trước
  import undo SỐ_LẦN_NHẬP    hoàn tác một lần nhập
</translation>
        </message>
        <message>
            <source>  forms export --year N --unit UNIT --out FILE.xlsx
  forms export --year N --all --out-dir DIR [--json]
                             the progress form of a unit (or of every unit)
</source>
            <translation>  forms export --year N --unit ĐƠN_VỊ --out TỆP.xlsx
  forms export --year N --all --out-dir THƯ_MỤC [--json]
                             phiếu báo cáo tiến độ của một đơn vị (hoặc của mọi đơn vị)
</translation>
        </message>
        <message>
            <source>use "export plan|report|spokespersons|reminder ...".</source>
            <translation>hãy dùng "export plan|report|spokespersons|reminder ...".</translation>
        </message>
        <message>
            <source>"forms export" takes no operands.</source>
            <translation>"forms export" không nhận tham số.</translation>
        </message>
        <message>
            <source>give either --unit NAME --out FILE.xlsx or --all --out-dir DIR.</source>
            <translation>hãy dùng --unit TÊN --out TỆP.xlsx hoặc --all --out-dir THƯ_MỤC.</translation>
        </message>
        <message>
            <source>--out needs a file ending in .xlsx.</source>
            <translation>--out cần một tệp có đuôi .xlsx.</translation>
        </message>
        <message>
            <source>--all needs --out-dir DIR.</source>
            <translation>--all cần --out-dir THƯ_MỤC.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Thư mục %1 không tồn tại.</translation>
        </message>
        <message>
            <source>No unit has a task in %1.</source>
            <translation>Không đơn vị nào có nhiệm vụ trong năm %1.</translation>
        </message>
        <message>
            <source>no single unit called "%1" has tasks in %2.</source>
            <translation>không có đúng một đơn vị tên "%1" có nhiệm vụ trong năm %2.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1 (%2, %n task(s)).</source>
            <translation>
                <numerusform>Đã ghi %1 (%2, %n nhiệm vụ).</numerusform>
            </translation>
        </message>
        <message>
            <source>use "import progress FILE..." with one or more files.</source>
            <translation>hãy dùng "import progress TỆP..." với một hoặc nhiều tệp.</translation>
        </message>
        <message>
            <source>--take-new and --keep-old cannot be used together.</source>
            <translation>không dùng cùng lúc --take-new và --keep-old.</translation>
        </message>
        <message>
            <source>%1: row %2, task %3 of %4: on record %5, the form says %6 (%7).</source>
            <translation>%1: dòng %2, nhiệm vụ %3 của %4: dữ liệu đã có %5, phiếu ghi %6 (%7).</translation>
        </message>
        <message>
            <source>form taken</source>
            <translation>lấy theo phiếu</translation>
        </message>
        <message>
            <source>record kept</source>
            <translation>giữ dữ liệu đã có</translation>
        </message>
        <message>
            <source>%1 rows added, %2 changed, %3 unchanged, %4 rows refused.</source>
            <translation>thêm %1 dòng, sửa %2, không đổi %3, từ chối %4 dòng.</translation>
        </message>
        <message>
            <source>Batch %1; undo with "ttcs-cli import undo BATCH".</source>
            <translation>Lần nhập %1; hoàn tác bằng "ttcs-cli import undo SỐ_LẦN_NHẬP".</translation>
        </message>
        <message>
            <source>%1 rows differ from what is on record and were left as they were; use --take-new to take the forms' values.</source>
            <translation>%1 dòng khác với dữ liệu đã có và được giữ nguyên; dùng --take-new để lấy giá trị trong phiếu.</translation>
        </message>
        <message>
            <source>use "forms export --year N --unit NAME --out FILE.xlsx" or "forms export --year N --all --out-dir DIR".</source>
            <translation>hãy dùng "forms export --year N --unit TÊN --out TỆP.xlsx" hoặc "forms export --year N --all --out-dir THƯ_MỤC".</translation>
        </message>
        <message>
            <source>use "import spokespersons FILE", "import progress FILE...", "import batches" or "import undo BATCH".</source>
            <translation>hãy dùng "import spokespersons TỆP", "import progress TỆP...", "import batches" hoặc "import undo SỐ_LẦN_NHẬP".</translation>
        </message>
    </context>
    <context>
        <name>ttcs::db::SpokespersonRepository</name>
        <message>
            <source>The spokesperson has no id to restore.</source>
            <translation>Người phát ngôn không có mã để khôi phục.</translation>
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
        <message>
            <source>Stopped after page %1.</source>
            <translation>Đã dừng sau trang %1.</translation>
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
        <name>ttcs::report</name>
        <message>
            <source>Every unit has reported on its tasks of %1; there is no one to remind.</source>
            <translation>Mọi đơn vị đã báo cáo các nhiệm vụ năm %1; không có đơn vị nào cần đôn đốc.</translation>
        </message>
    </context>
    <context>
        <name>ttcs::sheet</name>
        <message>
            <source>The file %1 cannot be opened.</source>
            <translation>Không mở được tệp %1.</translation>
        </message>
        <message>
            <source>The file %1 is empty.</source>
            <translation>Tệp %1 trống, không có dữ liệu.</translation>
        </message>
        <message>
            <source>The file %1 is not a spreadsheet that can be read. Save it as .xlsx, .xls, .ods or .csv and try again.</source>
            <translation>Tệp %1 không phải là bảng tính đọc được. Hãy lưu lại thành .xlsx, .xls, .ods hoặc .csv rồi thử lại.</translation>
        </message>
        <message>
            <source>The workbook %1 is protected with a password. Open it in Excel or LibreOffice, remove the password, save it and try again.</source>
            <translation>Tệp bảng tính %1 được bảo vệ bằng mật khẩu. Hãy mở tệp bằng Excel hoặc LibreOffice, gỡ bỏ mật khẩu, lưu lại rồi thử lại.</translation>
        </message>
        <message>
            <source>The file %1 is a web page (HTML) saved under a spreadsheet name, not a real Excel workbook. Open it in Excel, save it as .xlsx and try again.</source>
            <translation>Tệp %1 là một trang web (HTML) được lưu dưới tên bảng tính, không phải tệp Excel thật. Hãy mở tệp bằng Excel, lưu lại thành .xlsx rồi thử lại.</translation>
        </message>
        <message>
            <source>The workbook %1 is in the Excel binary format (.xlsb), which cannot be read. Save it as .xlsx and try again.</source>
            <translation>Tệp bảng tính %1 ở định dạng nhị phân của Excel (.xlsb) nên không đọc được. Hãy lưu lại thành .xlsx rồi thử lại.</translation>
        </message>
        <message>
            <source>The file %1 is truncated or damaged: its zip archive cannot be read.</source>
            <translation>Tệp %1 không đầy đủ hoặc bị hỏng: không đọc được gói nén (zip) của tệp.</translation>
        </message>
        <message>
            <source>The file %1 is damaged: the part %2 of its archive cannot be read.</source>
            <translation>Tệp %1 bị hỏng: không đọc được phần %2 trong gói nén của tệp.</translation>
        </message>
        <message>
            <source>The file %1 is damaged: the part %2 is missing from its archive.</source>
            <translation>Tệp %1 bị hỏng: gói nén của tệp thiếu phần %2.</translation>
        </message>
        <message>
            <source>The file %1 is damaged: the part %2 is not well-formed XML.</source>
            <translation>Tệp %1 bị hỏng: phần %2 không phải là XML hợp lệ.</translation>
        </message>
        <message>
            <source>The file %1 was refused: the part %2 contains a document type declaration (DOCTYPE), which no spreadsheet needs and which can be used to attack the program.</source>
            <translation>Tệp %1 bị từ chối: phần %2 có khai báo kiểu tài liệu (DOCTYPE), thứ không bảng tính nào cần đến và có thể bị lợi dụng để tấn công chương trình.</translation>
        </message>
        <message>
            <source>The file %1 was refused as too large: the part %2 unpacks to more than %3 MB.</source>
            <translation>Tệp %1 bị từ chối vì quá lớn: phần %2 khi giải nén vượt quá %3 MB.</translation>
        </message>
        <message>
            <source>The file %1 was refused as too large: it is over %2 MB.</source>
            <translation>Tệp %1 bị từ chối vì quá lớn: dung lượng vượt quá %2 MB.</translation>
        </message>
        <message>
            <source>The file %1 was refused as too large: it has more than %2 cells.</source>
            <translation>Tệp %1 bị từ chối vì quá lớn: có hơn %2 ô.</translation>
        </message>
        <message>
            <source>The file %1 was refused as too large: the sheet %2 has more than %3 rows.</source>
            <translation>Tệp %1 bị từ chối vì quá lớn: trang tính %2 có hơn %3 dòng.</translation>
        </message>
        <message>
            <source>The file %1 was refused as too large: the sheet %2 has more than %3 columns.</source>
            <translation>Tệp %1 bị từ chối vì quá lớn: trang tính %2 có hơn %3 cột.</translation>
        </message>
        <message>
            <source>The file %1 is a damaged or unsupported Excel 97-2003 (.xls) workbook. Open it in Excel or LibreOffice, save it as .xlsx and try again.</source>
            <translation>Tệp %1 là bảng tính Excel 97-2003 (.xls) bị hỏng hoặc không được hỗ trợ. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại thành .xlsx rồi thử lại.</translation>
        </message>
        <message>
            <source>The workbook %1 has no worksheet.</source>
            <translation>Tệp bảng tính %1 không có trang tính nào.</translation>
        </message>
        <message>
            <source>The file %1 was refused: a cell in %2 holds more than %3 characters.</source>
            <translation>Tệp %1 bị từ chối: một ô trong %2 chứa hơn %3 ký tự.</translation>
        </message>
        <message>
            <source>The file %1 was refused: the cell %2 of the sheet %3 holds more than %4 characters.</source>
            <translation>Tệp %1 bị từ chối: ô %2 của trang tính %3 chứa hơn %4 ký tự.</translation>
        </message>
    </context>
    <context>
        <name>ttcs::sheet::TableWriter</name>
        <message>
            <source>No file name was given.</source>
            <translation>Chưa có tên tệp.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Thư mục %1 không tồn tại.</translation>
        </message>
        <message>
            <source>%1 is a folder, not a file.</source>
            <translation>%1 là một thư mục, không phải một tệp.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Không ghi được %1: %2</translation>
        </message>
        <message>
            <source>the spreadsheet could not be packed.</source>
            <translation>không đóng gói được bảng tính.</translation>
        </message>
        <message>
            <source>%1 must end in .csv or .xlsx.</source>
            <translation>%1 phải có đuôi .csv hoặc .xlsx.</translation>
        </message>
    </context>
    <context>
        <name>ttcs::text</name>
        <message>
            <source>%1 is not a valid e-mail address.</source>
            <translation>%1 không phải là địa chỉ thư điện tử hợp lệ.</translation>
        </message>
        <message>
            <source>%1 is not a Vietnamese phone number.</source>
            <translation>%1 không phải là số điện thoại Việt Nam hợp lệ.</translation>
        </message>
        <message>
            <source>The leading 0 of %1 was lost (the cell held a number) and has been put back.</source>
            <translation>Số %1 bị mất chữ số 0 ở đầu (do ô lưu số điện thoại dưới dạng số) và đã được thêm lại.</translation>
        </message>
        <message>
            <source>Old 11-digit mobile number %1 was changed to the new number %2.</source>
            <translation>Số di động 11 chữ số cũ %1 đã được chuyển sang số mới %2.</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::ButtonShortcut</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::CheckRowsModel</name>
        <message>
            <source>Not imported</source>
            <translation>Không nhập</translation>
        </message>
        <message>
            <source>Imported, with a warning</source>
            <translation>Nhập, có cảnh báo</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Nhập</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Kết quả</translation>
        </message>
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
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Warning or reason</source>
            <translation>Cảnh báo hoặc lý do</translation>
        </message>
        <message>
            <source>Corrected, still not imported</source>
            <translation>Đã sửa, vẫn chưa nhập</translation>
        </message>
        <message>
            <source>Corrected, with a warning</source>
            <translation>Đã sửa, còn cảnh báo</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>Đã sửa</translation>
        </message>
        <message>
            <source>Type the name (F2) to import this row</source>
            <translation>Gõ họ tên (F2) để nhập dòng này</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(chưa có tên)</translation>
        </message>
        <message>
            <source>%1 (matches no unit; kept as written). Choose a unit with F2.</source>
            <translation>%1 (không khớp đơn vị nào; giữ nguyên như trong tệp). Nhấn F2 để chọn đơn vị.</translation>
        </message>
        <message>
            <source>%1
The row as read: %2</source>
            <translation>%1
Dòng đọc được: %2</translation>
        </message>
        <message>
            <source>(no unit)</source>
            <translation>(không có đơn vị)</translation>
        </message>
        <message>
            <source>“%1” as written, no unit</source>
            <translation>“%1” như trong tệp, không gắn đơn vị</translation>
        </message>
        <message>
            <source>%1 (suggested)</source>
            <translation>%1 (gợi ý)</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::ColumnMappingModel</name>
        <message>
            <source>(not imported)</source>
            <translation>(không nhập)</translation>
        </message>
        <message>
            <source>What this column holds; press F2 or double-click to change it</source>
            <translation>Nội dung của cột này; nhấn F2 hoặc nhấp đúp để đổi</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Cột</translation>
        </message>
        <message>
            <source>Header in the file</source>
            <translation>Tiêu đề trong tệp</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>Giá trị đầu tiên</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>Nhập thành</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::ConflictDialog</name>
        <message>
            <source>Forms that change what is on record</source>
            <translation>Phiếu có nội dung khác với dữ liệu đã có</translation>
        </message>
        <message>
            <source>These rows of the forms differ from what is already on record. Tick the rows whose values from the form should replace it; the others stay as they are.</source>
            <translation>Các dòng sau trong phiếu khác với dữ liệu đã có. Đánh dấu những dòng cần thay bằng giá trị trong phiếu; các dòng còn lại được giữ nguyên.</translation>
        </message>
        <message>
            <source>&amp;Keep all on record</source>
            <translation>&amp;Giữ tất cả dữ liệu đã có</translation>
        </message>
        <message>
            <source>&amp;Take all from the forms</source>
            <translation>&amp;Lấy tất cả theo phiếu</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Nhập</translation>
        </message>
        <message>
            <source>%1 of %2 rows taken from the forms</source>
            <translation>Lấy %1/%2 dòng theo phiếu</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::ConflictModel</name>
        <message>
            <source>(nothing)</source>
            <translation>(chưa có)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Completed on %1</source>
            <translation>Hoàn thành ngày %1</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Theo phiếu</translation>
        </message>
        <message>
            <source>On record</source>
            <translation>Dữ liệu đã có</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Nhiệm vụ</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>In the form</source>
            <translation>Trong phiếu</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Dùng</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::Dialog</name>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::DocumentPreview</name>
        <message>
            <source>Preparing the preview…</source>
            <translation>Đang chuẩn bị bản xem trước…</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::FirstRunDialog</name>
        <message>
            <source>The &amp;demo data: the Bắc Kạn 2023 policy communication plan, its tasks and units, to try TTCS</source>
            <translation>&amp;Dữ liệu mẫu: Kế hoạch truyền thông chính sách năm 2023 của tỉnh Bắc Kạn, các nhiệm vụ và đơn vị, để dùng thử TTCS</translation>
        </message>
        <message>
            <source>An &amp;empty database for my province</source>
            <translation>Cơ sở dữ liệu &amp;trống cho tỉnh của tôi</translation>
        </message>
        <message>
            <source>Welcome to TTCS</source>
            <translation>Chào mừng đến với TTCS</translation>
        </message>
        <message>
            <source>&lt;b&gt;Welcome.&lt;/b&gt; There is no TTCS database on this computer yet. What should it start with?</source>
            <translation>&lt;b&gt;Xin chào.&lt;/b&gt; Máy tính này chưa có cơ sở dữ liệu TTCS. Bạn muốn bắt đầu với dữ liệu nào?</translation>
        </message>
        <message>
            <source>e.g. Thái Nguyên</source>
            <translation>ví dụ: Thái Nguyên</translation>
        </message>
        <message>
            <source>First line of the header block of documents, upper case</source>
            <translation>Dòng thứ nhất của phần tiêu đề văn bản, chữ in hoa</translation>
        </message>
        <message>
            <source>Second line of the header block, upper case; one line per row</source>
            <translation>Dòng thứ hai của phần tiêu đề văn bản, chữ in hoa; mỗi dòng một hàng</translation>
        </message>
        <message>
            <source>e.g. PHÓ GIÁM ĐỐC</source>
            <translation>ví dụ: PHÓ GIÁM ĐỐC</translation>
        </message>
        <message>
            <source>Without academic titles</source>
            <translation>Không ghi học hàm, học vị</translation>
        </message>
        <message>
            <source>&amp;Province:</source>
            <translation>&amp;Tỉnh:</translation>
        </message>
        <message>
            <source>P&amp;arent body:</source>
            <translation>Cơ quan &amp;chủ quản:</translation>
        </message>
        <message>
            <source>&amp;Issuing body:</source>
            <translation>Cơ quan &amp;ban hành:</translation>
        </message>
        <message>
            <source>Signer's &amp;title:</source>
            <translation>&amp;Chức vụ người ký:</translation>
        </message>
        <message>
            <source>Signer's &amp;name:</source>
            <translation>&amp;Họ tên người ký:</translation>
        </message>
        <message>
            <source>The plan starts empty for %1, with its usual sections. Symbols, recipients and the rest of the profile can be changed at any time in Tools › Organisation profile.</source>
            <translation>Kế hoạch năm %1 bắt đầu trống, với các mục thường có. Ký hiệu văn bản, nơi nhận và các thông tin khác của cơ quan có thể sửa bất cứ lúc nào tại Công cụ › Thông tin cơ quan.</translation>
        </message>
        <message>
            <source>The database will be saved as %1.</source>
            <translation>Cơ sở dữ liệu sẽ được lưu tại %1.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Bắt đầu</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Thoát</translation>
        </message>
        <message>
            <source>Enter the province and the issuing body: every document starts with them.</source>
            <translation>Hãy nhập tên tỉnh và cơ quan ban hành: mọi văn bản đều bắt đầu bằng các thông tin này.</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Cơ sở dữ liệu mới</translation>
        </message>
        <message>
            <source>What should the new database start with? The database open now stays as it is.</source>
            <translation>Cơ sở dữ liệu mới bắt đầu với dữ liệu nào? Cơ sở dữ liệu đang mở vẫn giữ nguyên.</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Tạo</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::ImportBatchModel</name>
        <message>
            <source>Undone %1</source>
            <translation>Đã hoàn tác %1</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Đã nhập</translation>
        </message>
        <message>
            <source>SHA-256 of the file: %1</source>
            <translation>Mã SHA-256 của tệp: %1</translation>
        </message>
        <message>
            <source>Batch %1: %2</source>
            <translation>Lần nhập %1: %2</translation>
        </message>
        <message>
            <source>Imported on</source>
            <translation>Ngày nhập</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Trang tính</translation>
        </message>
        <message>
            <source>List date</source>
            <translation>Ngày danh sách</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Thêm mới</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Cập nhật</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Thôi nhiệm vụ</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Không nhập</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::ImportCheckPage</name>
        <message>
            <source>Check</source>
            <translation>Kiểm tra</translation>
        </message>
        <message>
            <source>All rows</source>
            <translation>Tất cả các dòng</translation>
        </message>
        <message>
            <source>Rows with a warning or not imported</source>
            <translation>Dòng có cảnh báo hoặc không nhập</translation>
        </message>
        <message>
            <source>Phone numbers (invalid or converted)</source>
            <translation>Số điện thoại (sai hoặc đã chuyển đổi)</translation>
        </message>
        <message>
            <source>Email addresses</source>
            <translation>Địa chỉ email</translation>
        </message>
        <message>
            <source>Units not found</source>
            <translation>Đơn vị không tìm thấy</translation>
        </message>
        <message>
            <source>Same name twice in a unit</source>
            <translation>Trùng tên trong một đơn vị</translation>
        </message>
        <message>
            <source>Rows not imported</source>
            <translation>Dòng không nhập</translation>
        </message>
        <message>
            <source>Sh&amp;ow:</source>
            <translation>&amp;Hiện:</translation>
        </message>
        <message>
            <source>Search the rows (without diacritics is fine)</source>
            <translation>Tìm trong các dòng (gõ không dấu cũng được)</translation>
        </message>
        <message>
            <source>%1 rows are imported: %2 new people and %3 already listed, who are updated.</source>
            <translation>Nhập %1 dòng: %2 người mới và %3 người đã có, sẽ được cập nhật.</translation>
        </message>
        <message>
            <source>%1 warnings; %2 rows are not imported.</source>
            <translation>%1 cảnh báo; %2 dòng không nhập.</translation>
        </message>
        <message>
            <source>%1 rows were skipped as headings or page numbers.</source>
            <translation>Bỏ qua %1 dòng là tiêu đề hoặc số trang.</translation>
        </message>
        <message>
            <source>%1 of %2 rows</source>
            <translation>%1 / %2 dòng</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <source>Re&amp;vert row</source>
            <translation>&amp;Trả lại dòng như trong tệp</translation>
        </message>
        <message>
            <source>Every row of the list with what is doubtful about it. Rows with a warning are imported as they are; rows without a name are not imported. Correct a cell where it is: double-click it or press F2 (or just type), then Enter; the row is checked again at once.</source>
            <translation>Mọi dòng của danh sách cùng điều còn nghi vấn. Dòng có cảnh báo vẫn được nhập như hiện có; dòng không có họ tên không được nhập. Sửa ngay tại ô: nháy đúp hoặc nhấn F2 (hoặc gõ luôn), rồi Enter; dòng được kiểm tra lại ngay.</translation>
        </message>
        <message>
            <source>Give the selected row back the cells of the file</source>
            <translation>Trả dòng đang chọn về các ô như trong tệp</translation>
        </message>
        <message>
            <source>Undo: %1</source>
            <translation>Hoàn tác: %1</translation>
        </message>
        <message>
            <source>Redo: %1</source>
            <translation>Làm lại: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n rows corrected here.</source>
            <translation>
                <numerusform>Đã sửa %n dòng tại đây.</numerusform>
            </translation>
        </message>
        <message>
            <source>Show only some of the rows (rows corrected here always stay in view)</source>
            <translation>Chỉ hiện một số dòng (dòng đã sửa ở đây luôn được hiện)</translation>
        </message>
        <message>
            <source>give row %1 back its cells</source>
            <translation>trả dòng %1 về như trong tệp</translation>
        </message>
        <message>
            <source>correct the name of row %1</source>
            <translation>sửa họ tên ở dòng %1</translation>
        </message>
        <message>
            <source>correct the position of row %1</source>
            <translation>sửa chức vụ ở dòng %1</translation>
        </message>
        <message>
            <source>correct the phone of row %1</source>
            <translation>sửa điện thoại ở dòng %1</translation>
        </message>
        <message>
            <source>correct the email of row %1</source>
            <translation>sửa email ở dòng %1</translation>
        </message>
        <message>
            <source>choose the unit of row %1</source>
            <translation>chọn đơn vị cho dòng %1</translation>
        </message>
        <message>
            <source>Row %1: %2</source>
            <translation>Dòng %1: %2</translation>
        </message>
        <message>
            <source>nothing doubtful; it is imported.</source>
            <translation>không có gì nghi vấn; dòng được nhập.</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::ImportFilesPage</name>
        <message>
            <source>Files to import</source>
            <translation>Tệp cần nhập</translation>
        </message>
        <message>
            <source>Choose the lists of spokespersons sent by the units: Excel (.xlsx, .xls), OpenDocument (.ods) or text (.csv, .txt). Files can also be dragged here. They are imported one after the other.</source>
            <translation>Chọn các danh sách người phát ngôn do đơn vị gửi: Excel (.xlsx, .xls), OpenDocument (.ods) hoặc văn bản (.csv, .txt). Có thể kéo thả tệp vào đây. Các tệp được nhập lần lượt từng tệp.</translation>
        </message>
        <message>
            <source>The files to import, in order; Delete removes the selected one</source>
            <translation>Các tệp sẽ nhập, theo thứ tự; phím Delete bỏ tệp đang chọn</translation>
        </message>
        <message>
            <source>&amp;Add files…</source>
            <translation>&amp;Thêm tệp…</translation>
        </message>
        <message>
            <source>Choose one or more spreadsheet files</source>
            <translation>Chọn một hoặc nhiều tệp bảng tính</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Bỏ</translation>
        </message>
        <message>
            <source>Remove the selected file from the list (Delete)</source>
            <translation>Bỏ tệp đang chọn khỏi danh sách (Delete)</translation>
        </message>
        <message>
            <source>Spreadsheets (%1)</source>
            <translation>Bảng tính (%1)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Mọi tệp (*)</translation>
        </message>
        <message>
            <source>%1
Nothing was changed in the database.</source>
            <translation>%1
Không có gì thay đổi trong cơ sở dữ liệu.</translation>
        </message>
        <message>
            <source>%1 – imported (batch %2)</source>
            <translation>%1 – đã nhập (lần nhập %2)</translation>
        </message>
        <message>
            <source>%1 – not imported</source>
            <translation>%1 – không nhập được</translation>
        </message>
        <message>
            <source>%1 – next</source>
            <translation>%1 – tệp tiếp theo</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::ImportFormsCommand</name>
        <message numerus="yes">
            <source>Import of %n progress form(s)</source>
            <translation>
                <numerusform>Nhập %n phiếu báo cáo tiến độ</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::ImportHistoryDialog</name>
        <message>
            <source>&amp;Undo this import…</source>
            <translation>&amp;Hoàn tác lần nhập này…</translation>
        </message>
        <message>
            <source>&amp;Save rows not imported…</source>
            <translation>&amp;Lưu các dòng không nhập…</translation>
        </message>
        <message>
            <source>Import history</source>
            <translation>Lịch sử nhập danh sách</translation>
        </message>
        <message>
            <source>Take the selected import back: the people it added are removed, those it changed or ended get their earlier values</source>
            <translation>Hoàn tác lần nhập đang chọn: người được thêm bị xóa, người bị sửa hoặc cho thôi nhiệm vụ được trả lại như trước</translation>
        </message>
        <message>
            <source>Write the rows of the selected import that were not imported, with the reason, as CSV or XLSX</source>
            <translation>Ghi các dòng không nhập được của lần nhập đang chọn, kèm lý do, ra tệp CSV hoặc XLSX</translation>
        </message>
        <message>
            <source>No list has been imported yet.</source>
            <translation>Chưa nhập danh sách nào.</translation>
        </message>
        <message>
            <source>Import %1 was undone.</source>
            <translation>Đã hoàn tác lần nhập %1.</translation>
        </message>
        <message>
            <source>Undo this import</source>
            <translation>Hoàn tác lần nhập</translation>
        </message>
        <message>
            <source>Undo the import of %1 (batch %2, %3)?

The %4 people it added are removed; the people it updated or ended get their earlier values back. The batch stays in the history, marked as undone.</source>
            <translation>Hoàn tác việc nhập %1 (lần nhập %2, %3)?

%4 người được thêm sẽ bị xóa; những người đã được cập nhật hoặc cho thôi nhiệm vụ được trả lại như trước. Lần nhập vẫn còn trong lịch sử, ghi là đã hoàn tác.</translation>
        </message>
        <message>
            <source>Save rows not imported</source>
            <translation>Lưu các dòng không nhập</translation>
        </message>
        <message>
            <source>-not-imported</source>
            <translation>-khong-nhap</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
            <translation>Sổ làm việc Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Đã lưu vào %1.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::ImportLayoutPage</name>
        <message>
            <source>Re&amp;member these columns for files with the same header</source>
            <translation>&amp;Nhớ cách chọn cột này cho các tệp có cùng dòng tiêu đề</translation>
        </message>
        <message>
            <source>Sheet and columns</source>
            <translation>Trang tính và các cột</translation>
        </message>
        <message>
            <source>Check where the list is and what each column holds. Change a column by double-clicking its “Imported as” cell (or F2).</source>
            <translation>Kiểm tra danh sách nằm ở đâu và mỗi cột chứa gì. Đổi một cột bằng cách nhấp đúp ô “Nhập thành” (hoặc F2).</translation>
        </message>
        <message>
            <source>The sheet of the workbook that holds the list</source>
            <translation>Trang tính có danh sách</translation>
        </message>
        <message>
            <source>&amp;Sheet:</source>
            <translation>&amp;Trang tính:</translation>
        </message>
        <message>
            <source>What each column of the file is imported as</source>
            <translation>Mỗi cột của tệp được nhập thành gì</translation>
        </message>
        <message>
            <source>The first rows of the sheet: title in grey, header in blue, unit rows in yellow</source>
            <translation>Các dòng đầu của trang tính: tiêu đề văn bản màu xám, dòng tiêu đề cột màu xanh, dòng tên đơn vị màu vàng</translation>
        </message>
        <message>
            <source>The next file whose header has the same words gets these columns without asking</source>
            <translation>Tệp sau có dòng tiêu đề giống hệt sẽ dùng cách chọn cột này mà không hỏi lại</translation>
        </message>
        <message>
            <source>&amp;Detect again</source>
            <translation>Nhận dạng &amp;lại</translation>
        </message>
        <message>
            <source>Forget the changes and find the columns from the header again</source>
            <translation>Bỏ các thay đổi và nhận dạng lại các cột từ dòng tiêu đề</translation>
        </message>
        <message>
            <source>&amp;Columns:</source>
            <translation>&amp;Các cột:</translation>
        </message>
        <message>
            <source>First &amp;rows of the sheet:</source>
            <translation>Các &amp;dòng đầu của trang tính:</translation>
        </message>
        <message>
            <source>Header on row %1.</source>
            <translation>Dòng tiêu đề cột: dòng %1.</translation>
        </message>
        <message>
            <source>Title: %1</source>
            <translation>Tiêu đề: %1</translation>
        </message>
        <message numerus="yes">
            <source>No unit column: the units are taken from %n section row(s) above their people.</source>
            <translation>
                <numerusform>Không có cột đơn vị: lấy đơn vị từ %n dòng tên đơn vị đứng trên danh sách người.</numerusform>
            </translation>
        </message>
        <message>
            <source>Units are taken from the unit column.</source>
            <translation>Đơn vị lấy từ cột đơn vị.</translation>
        </message>
        <message>
            <source>The file names no unit: the rows are imported without one.</source>
            <translation>Tệp không ghi đơn vị: các dòng được nhập không có đơn vị.</translation>
        </message>
        <message>
            <source>The columns were set as remembered for files with this header.</source>
            <translation>Các cột được chọn theo cách đã nhớ cho tệp có dòng tiêu đề này.</translation>
        </message>
        <message>
            <source>%1 cells typed in old Vietnamese encodings (TCVN3, VNI) were converted.</source>
            <translation>Đã chuyển đổi %1 ô gõ bằng bảng mã cũ (TCVN3, VNI).</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::ImportOptionsPage</name>
        <message>
            <source>&amp;End the people missing from their unit's new list</source>
            <translation>&amp;Cho thôi nhiệm vụ những người không còn trong danh sách mới của đơn vị</translation>
        </message>
        <message>
            <source>Date of the list</source>
            <translation>Ngày của danh sách</translation>
        </message>
        <message>
            <source>When the list takes effect, and what becomes of the people it no longer names.</source>
            <translation>Danh sách có hiệu lực từ ngày nào, và xử lý thế nào với những người không còn trong danh sách.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Nhập</translation>
        </message>
        <message>
            <source>The date the unit's list holds from: new people serve from it</source>
            <translation>Ngày danh sách của đơn vị có hiệu lực: người mới được giao nhiệm vụ từ ngày này</translation>
        </message>
        <message>
            <source>Only units that appear in this file are affected</source>
            <translation>Chỉ áp dụng cho các đơn vị có trong tệp này</translation>
        </message>
        <message>
            <source>When checked, a person recorded for a unit of this file but missing from the unit's new list is marked as serving until the day before the list's date. Nobody is deleted: the history stays, and the Spokespersons page can still show who served on an earlier date. Units that are not in this file are not touched.</source>
            <translation>Khi chọn, người đang có trong dữ liệu của một đơn vị thuộc tệp này nhưng không có trong danh sách mới của đơn vị sẽ được ghi là làm nhiệm vụ đến hết ngày trước ngày của danh sách. Không ai bị xóa: lịch sử được giữ, và trang Người phát ngôn vẫn xem được ai làm nhiệm vụ vào một ngày trước đó. Các đơn vị không có trong tệp này không bị thay đổi.</translation>
        </message>
        <message>
            <source>&amp;Date of the list:</source>
            <translation>Ngày của danh &amp;sách:</translation>
        </message>
        <message>
            <source>The database is open read-only (%1): nothing can be imported.</source>
            <translation>Cơ sở dữ liệu đang mở chỉ đọc (%1): không nhập được.</translation>
        </message>
        <message>
            <source>%1
Nothing was changed in the database.</source>
            <translation>%1
Không có gì thay đổi trong cơ sở dữ liệu.</translation>
        </message>
        <message>
            <source>On import: %1 people added, %2 updated, %3 ended; %4 rows not imported.</source>
            <translation>Khi nhập: thêm %1 người, cập nhật %2 người, cho thôi nhiệm vụ %3 người; %4 dòng không nhập.</translation>
        </message>
        <message>
            <source>A file with exactly the same content was imported before (batch %1). Importing it again updates the same people.</source>
            <translation>Một tệp có nội dung giống hệt đã được nhập trước đây (lần nhập %1). Nhập lại sẽ cập nhật đúng những người đó.</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::ImportSummaryPage</name>
        <message>
            <source>&amp;Save rows not imported as CSV or XLSX…</source>
            <translation>&amp;Lưu các dòng không nhập ra CSV hoặc XLSX…</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Đã nhập</translation>
        </message>
        <message>
            <source>Write the rows that were not imported, with the reason, to send back to the unit</source>
            <translation>Ghi các dòng không nhập được, kèm lý do, để gửi lại đơn vị</translation>
        </message>
        <message>
            <source>Go on with the next file of the list</source>
            <translation>Tiếp tục với tệp sau trong danh sách</translation>
        </message>
        <message>
            <source>-not-imported</source>
            <translation>-khong-nhap</translation>
        </message>
        <message>
            <source>Save rows not imported</source>
            <translation>Lưu các dòng không nhập</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
            <translation>Sổ làm việc Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
        </message>
        <message>
            <source>Saved to %1.</source>
            <translation>Đã lưu vào %1.</translation>
        </message>
        <message>
            <source>%1 was imported as batch %2:

• %3 people added
• %4 updated
• %5 ended (missing from the new list)
• %6 rows not imported
• %7 warnings

The import can be undone from the import history of the Spokespersons page.</source>
            <translation>Đã nhập %1 (lần nhập %2):

• thêm %3 người
• cập nhật %4 người
• cho thôi nhiệm vụ %5 người (không còn trong danh sách mới)
• %6 dòng không nhập
• %7 cảnh báo

Có thể hoàn tác lần nhập này trong Lịch sử nhập của trang Người phát ngôn.</translation>
        </message>
        <message>
            <source>Import the &amp;next file: %1</source>
            <translation>Nhập &amp;tệp tiếp theo: %1</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::ImportUnitsPage</name>
        <message>
            <source>Units not found</source>
            <translation>Đơn vị không tìm thấy</translation>
        </message>
        <message>
            <source>These units of the file match no unit exactly. Confirm a suggestion or choose another unit (double-click or F2). People of a unit left without one keep the file's text and get a warning; nothing is guessed.</source>
            <translation>Các đơn vị này trong tệp không khớp chính xác với đơn vị nào. Hãy xác nhận một gợi ý hoặc chọn đơn vị khác (nhấp đúp hoặc F2). Người thuộc đơn vị chưa được chọn sẽ giữ nguyên tên đơn vị như trong tệp và có cảnh báo; chương trình không tự đoán.</translation>
        </message>
        <message>
            <source>&amp;Take the first suggestion where none is chosen</source>
            <translation>&amp;Lấy gợi ý đầu tiên cho các dòng chưa chọn</translation>
        </message>
        <message>
            <source>Choose each unit's closest suggestion; check them before going on</source>
            <translation>Chọn gợi ý gần nhất cho từng đơn vị; hãy kiểm tra lại trước khi tiếp tục</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %2 units chosen; %n people stay without a unit.</source>
            <translation>
                <numerusform>Đã chọn %1 / %2 đơn vị; %n người chưa có đơn vị.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::ImportWizard</name>
        <message>
            <source>Import a list of spokespersons</source>
            <translation>Nhập danh sách người phát ngôn</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Đang đọc %1…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Nhập danh sách</translation>
        </message>
        <message>
            <source>Reading %1 was cancelled.</source>
            <translation>Đã hủy việc đọc %1.</translation>
        </message>
        <message>
            <source>The file %1 cannot be read again to identify it.</source>
            <translation>Không đọc lại được tệp %1 để nhận diện.</translation>
        </message>
        <message>
            <source>No file has been read.</source>
            <translation>Chưa đọc tệp nào.</translation>
        </message>
        <message>
            <source>The database is open read-only (%1).</source>
            <translation>Cơ sở dữ liệu đang mở chỉ đọc (%1).</translation>
        </message>
        <message>
            <source>Writing %1 people to the database…</source>
            <translation>Đang ghi %1 người vào cơ sở dữ liệu…</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Quay lại</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Tiếp &gt;</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Xong</translation>
        </message>
        <message>
            <source>Close without importing this file</source>
            <translation>Đóng mà không nhập tệp này</translation>
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
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Sửa</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>Cà&amp;i đặt…</translation>
        </message>
        <message>
            <source>Drop one database at a time.</source>
            <translation>Mỗi lần chỉ thả một cơ sở dữ liệu.</translation>
        </message>
        <message>
            <source>This page cannot open %1. Database files (.sqlite) open anywhere; spreadsheets open on the page they are for.</source>
            <translation>Trang này không mở được %1. Tệp cơ sở dữ liệu (.sqlite) mở được ở mọi trang; bảng tính cần thả vào đúng trang dùng bảng tính đó.</translation>
        </message>
        <message>
            <source>Open files</source>
            <translation>Mở tệp</translation>
        </message>
        <message>
            <source>&amp;Find on this page</source>
            <translation>&amp;Tìm trong trang này</translation>
        </message>
        <message>
            <source>Re&amp;load</source>
            <translation>Tải &amp;lại</translation>
        </message>
        <message>
            <source>Read the data again, e.g. after another copy of TTCS changed it</source>
            <translation>Đọc lại dữ liệu, ví dụ sau khi một cửa sổ TTCS khác đã sửa dữ liệu</translation>
        </message>
        <message>
            <source>Saving a copy…</source>
            <translation>Đang lưu bản sao…</translation>
        </message>
        <message>
            <source>Cancelled: no copy was saved.</source>
            <translation>Đã hủy: chưa lưu bản sao nào.</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Đang sao lưu…</translation>
        </message>
        <message>
            <source>Cancelled: no backup was made.</source>
            <translation>Đã hủy: chưa tạo bản sao lưu nào.</translation>
        </message>
        <message>
            <source>Restoring from the backup…</source>
            <translation>Đang khôi phục từ bản sao lưu…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was restored.</source>
            <translation>Đã hủy: không khôi phục gì.</translation>
        </message>
        <message>
            <source>Today's backup was saved to %1</source>
            <translation>Đã lưu bản sao lưu hôm nay vào %1</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::MediaPage</name>
        <message>
            <source>Newspaper, page or account</source>
            <translation>Báo, trang hoặc tài khoản</translation>
        </message>
        <message>
            <source>Title or gist of the item</source>
            <translation>Tiêu đề hoặc nội dung chính</translation>
        </message>
        <message>
            <source>Topic or task of the plan</source>
            <translation>Chủ đề hoặc nhiệm vụ</translation>
        </message>
        <message>
            <source>Action taken, note</source>
            <translation>Xử lý, ghi chú</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Thêm</translation>
        </message>
        <message>
            <source>Save the item and start the next one (Enter)</source>
            <translation>Lưu tin này và nhập tin tiếp theo (Enter)</translation>
        </message>
        <message>
            <source>New item (Enter saves it; date, outlet, topic and sentiment stay for the next one)</source>
            <translation>Tin mới (Enter để lưu; ngày, nguồn, chủ đề và sắc thái được giữ cho tin tiếp theo)</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Ngày:</translation>
        </message>
        <message>
            <source>&amp;Outlet:</source>
            <translation>&amp;Nguồn tin:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Tiêu đề:</translation>
        </message>
        <message>
            <source>Sentiment:</source>
            <translation>Sắc thái:</translation>
        </message>
        <message>
            <source>To&amp;pic:</source>
            <translation>C&amp;hủ đề:</translation>
        </message>
        <message>
            <source>&amp;Link:</source>
            <translation>&amp;Liên kết:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Ghi chú:</translation>
        </message>
        <message>
            <source>Search titles, outlets, topics and notes (without diacritics is fine)</source>
            <translation>Tìm theo tiêu đề, nguồn tin, chủ đề, ghi chú (gõ không dấu cũng được)</translation>
        </message>
        <message>
            <source>All sentiments</source>
            <translation>Mọi sắc thái</translation>
        </message>
        <message>
            <source>Whole year</source>
            <translation>Cả năm</translation>
        </message>
        <message>
            <source>Month %1</source>
            <translation>Tháng %1</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Sửa…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>&amp;Nhập từ CSV…</translation>
        </message>
        <message>
            <source>Add the items of a CSV file (a header row with the date, outlet, title, link, topic, sentiment…)</source>
            <translation>Thêm các tin từ tệp CSV (có dòng tiêu đề gồm ngày, nguồn tin, tiêu đề, liên kết, chủ đề, sắc thái…)</translation>
        </message>
        <message>
            <source>Click a count to list those items</source>
            <translation>Bấm vào một số để xem danh sách các tin đó</translation>
        </message>
        <message>
            <source>Items by sentiment and month</source>
            <translation>Số tin theo sắc thái và theo tháng</translation>
        </message>
        <message>
            <source>%1 of %2 items of %3 shown, %4 of them negative.</source>
            <translation>Đang hiện %1/%2 tin của năm %3, trong đó %4 tin tiêu cực.</translation>
        </message>
        <message>
            <source>Media monitoring</source>
            <translation>Theo dõi báo chí</translation>
        </message>
        <message>
            <source>Type the item's title (or its gist) first.</source>
            <translation>Hãy nhập tiêu đề (hoặc nội dung chính) của tin trước.</translation>
        </message>
        <message>
            <source>The date must be in %1, the year shown.</source>
            <translation>Ngày phải thuộc năm %1, năm đang xem.</translation>
        </message>
        <message>
            <source>Add media item “%1”</source>
            <translation>Thêm tin “%1”</translation>
        </message>
        <message>
            <source>Saved “%1”. Edit › Undo takes it back.</source>
            <translation>Đã lưu “%1”. Sửa › Hoàn tác để bỏ lại.</translation>
        </message>
        <message>
            <source>Edit media item</source>
            <translation>Sửa tin báo chí</translation>
        </message>
        <message>
            <source>Online newspaper, Facebook, YouTube, TikTok…</source>
            <translation>Báo điện tử, Facebook, YouTube, TikTok…</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(không có)</translation>
        </message>
        <message>
            <source>False information (handled with the police)</source>
            <translation>Tin sai sự thật (đã phối hợp với công an xử lý)</translation>
        </message>
        <message>
            <source>P&amp;latform:</source>
            <translation>&amp;Loại hình:</translation>
        </message>
        <message>
            <source>Lin&amp;k:</source>
            <translation>Liên &amp;kết:</translation>
        </message>
        <message>
            <source>To&amp;pic or task:</source>
            <translation>C&amp;hủ đề, nhiệm vụ:</translation>
        </message>
        <message>
            <source>&amp;Sentiment:</source>
            <translation>&amp;Sắc thái:</translation>
        </message>
        <message>
            <source>Related &amp;unit:</source>
            <translation>Đơn &amp;vị liên quan:</translation>
        </message>
        <message>
            <source>&amp;Action taken, note:</source>
            <translation>&amp;Xử lý, ghi chú:</translation>
        </message>
        <message>
            <source>The item needs a title.</source>
            <translation>Tin cần có tiêu đề.</translation>
        </message>
        <message>
            <source>Edit media item “%1”</source>
            <translation>Sửa tin “%1”</translation>
        </message>
        <message>
            <source>Remove media item “%1”</source>
            <translation>Xóa tin “%1”</translation>
        </message>
        <message>
            <source>“%1” was removed. Edit › Undo puts it back.</source>
            <translation>Đã xóa “%1”. Sửa › Hoàn tác để khôi phục.</translation>
        </message>
        <message>
            <source>Import media items</source>
            <translation>Nhập tin báo chí</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Tệp CSV (*.csv *.txt);;Mọi tệp (*)</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>Không đọc được %1: %2</translation>
        </message>
        <message>
            <source>Row %1: %2</source>
            <translation>Dòng %1: %2</translation>
        </message>
        <message>
            <source>%1: %2 items to add.</source>
            <translation>%1: sẽ thêm %2 tin.</translation>
        </message>
        <message>
            <source>%1 of them are dated in another year than %2; they appear under their own year.</source>
            <translation>%1 tin trong số đó có ngày thuộc năm khác năm %2; các tin này hiện ở năm của chúng.</translation>
        </message>
        <message>
            <source>%1 rows cannot be imported (listed below).</source>
            <translation>%1 dòng không nhập được (liệt kê dưới đây).</translation>
        </message>
        <message>
            <source>%1 warnings (listed below).</source>
            <translation>%1 cảnh báo (liệt kê dưới đây).</translation>
        </message>
        <message>
            <source>&amp;Import %1 items</source>
            <translation>&amp;Nhập %1 tin</translation>
        </message>
        <message>
            <source>Import %1</source>
            <translation>Nhập %1</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>Chưa nhập gì: %1</translation>
        </message>
        <message>
            <source>Imported %1 media items from %2; %3 rows refused, %4 warnings. Edit › Undo takes the whole file back.</source>
            <translation>Đã nhập %1 tin từ %2; %3 dòng bị từ chối, %4 cảnh báo. Sửa › Hoàn tác để bỏ cả tệp.</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>Tin mới</translation>
        </message>
        <message>
            <source>Type a new item here</source>
            <translation>Nhập tin mới tại đây</translation>
        </message>
        <message>
            <source>Edit the selected item (Enter or double-click)</source>
            <translation>Sửa tin đang chọn (Enter hoặc nhấp đúp)</translation>
        </message>
        <message>
            <source>Remove the selected item</source>
            <translation>Xóa tin đang chọn</translation>
        </message>
        <message>
            <source>Remove item</source>
            <translation>Xóa tin</translation>
        </message>
        <message>
            <source>Remove “%1”? Edit › Undo puts it back.</source>
            <translation>Xóa tin “%1”? Có thể khôi phục bằng Sửa › Hoàn tác.</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::MediaTableModel</name>
        <message>
            <source>False information</source>
            <translation>Tin sai sự thật</translation>
        </message>
        <message>
            <source>False information: %1</source>
            <translation>Tin sai sự thật: %1</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Outlet</source>
            <translation>Nguồn tin</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Topic or task</source>
            <translation>Chủ đề, nhiệm vụ</translation>
        </message>
        <message>
            <source>Sentiment</source>
            <translation>Sắc thái</translation>
        </message>
        <message>
            <source>Related unit</source>
            <translation>Đơn vị liên quan</translation>
        </message>
        <message>
            <source>Action taken, note</source>
            <translation>Xử lý, ghi chú</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Liên kết</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::MonthSentimentModel</name>
        <message>
            <source>Year</source>
            <translation>Cả năm</translation>
        </message>
        <message>
            <source>M%1</source>
            <comment>a month's column, short</comment>
            <translation>T%1</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tổng</translation>
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
            <source>Overview</source>
            <translation>Tổng quan</translation>
        </message>
        <message>
            <source>by task group</source>
            <translation>theo nhóm nhiệm vụ</translation>
        </message>
        <message>
            <source>by unit</source>
            <translation>theo đơn vị</translation>
        </message>
        <message>
            <source>Progress outcomes</source>
            <translation>Kết quả thực hiện nhiệm vụ</translation>
        </message>
        <message>
            <source>Media items by sentiment and month</source>
            <translation>Tin báo chí theo sắc thái và theo tháng</translation>
        </message>
        <message>
            <source>Trainees by category</source>
            <translation>Học viên theo đối tượng</translation>
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation>Lưu ảnh PNG…</translation>
        </message>
        <message>
            <source>Save this chart as a PNG picture</source>
            <translation>Lưu biểu đồ này thành ảnh PNG</translation>
        </message>
        <message>
            <source>Click a bar to open the list behind it.</source>
            <translation>Bấm vào một cột để mở danh sách tương ứng.</translation>
        </message>
        <message>
            <source>No task lines in %1.</source>
            <translation>Năm %1 chưa có nhiệm vụ nào được giao.</translation>
        </message>
        <message>
            <source>Every unit has reported and none is overdue.</source>
            <translation>Mọi đơn vị đều đã báo cáo và không có nhiệm vụ quá hạn.</translation>
        </message>
        <message>
            <source>M%1</source>
            <comment>a month on the chart's axis, short</comment>
            <translation>T%1</translation>
        </message>
        <message>
            <source>No media items in %1 yet.</source>
            <translation>Năm %1 chưa có tin báo chí nào.</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Hoàn thành</translation>
        </message>
        <message>
            <source>No trainees in %1 yet.</source>
            <translation>Năm %1 chưa có học viên nào.</translation>
        </message>
        <message>
            <source>There is no such chart.</source>
            <translation>Không có biểu đồ này.</translation>
        </message>
        <message>
            <source>%1 cannot be written: %2</source>
            <translation>Không ghi được %1: %2</translation>
        </message>
        <message>
            <source>%1 cannot be written.</source>
            <translation>Không ghi được %1.</translation>
        </message>
        <message>
            <source>Save chart as PNG</source>
            <translation>Lưu biểu đồ thành ảnh PNG</translation>
        </message>
        <message>
            <source>PNG pictures (*.png)</source>
            <translation>Ảnh PNG (*.png)</translation>
        </message>
        <message>
            <source>Who has not reported</source>
            <translation>Đơn vị chưa báo cáo</translation>
        </message>
        <message>
            <source>Units without a spokesperson</source>
            <translation>Đơn vị chưa có người phát ngôn</translation>
        </message>
        <message>
            <source>Trainees by category over the years</source>
            <translation>Học viên theo đối tượng qua các năm</translation>
        </message>
        <message>
            <source>Task lines not reported</source>
            <translation>Số nhiệm vụ chưa báo cáo</translation>
        </message>
        <message>
            <source>Every unit has reported on its tasks of %1.</source>
            <translation>Mọi đơn vị đã báo cáo các nhiệm vụ năm %1.</translation>
        </message>
        <message>
            <source>Every unit has a spokesperson on %1.</source>
            <translation>Mọi đơn vị đều có người phát ngôn vào ngày %1.</translation>
        </message>
        <message>
            <source>No training classes yet.</source>
            <translation>Chưa có lớp bồi dưỡng nào.</translation>
        </message>
        <message>
            <source>Reading the figures of %1…</source>
            <translation>Đang đọc số liệu năm %1…</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Đang đọc…</translation>
        </message>
        <message>
            <source>%1 – %2: %3</source>
            <translation>%1 – %2: %3</translation>
        </message>
        <message>
            <source>Plan: %1</source>
            <translation>Kế hoạch: %1</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::Page</name>
        <message>
            <source>The database is read-only (%1).</source>
            <translation>Cơ sở dữ liệu đang ở chế độ chỉ đọc (%1).</translation>
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
        <message>
            <source>New task</source>
            <translation>Thêm nhiệm vụ</translation>
        </message>
        <message>
            <source>Add a task after the selected one, at the same level</source>
            <translation>Thêm một nhiệm vụ sau nhiệm vụ đang chọn, cùng cấp</translation>
        </message>
        <message>
            <source>New sub-task</source>
            <translation>Thêm nhiệm vụ con</translation>
        </message>
        <message>
            <source>Add a sub-task under the selected task</source>
            <translation>Thêm một nhiệm vụ con vào nhiệm vụ đang chọn</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Sửa…</translation>
        </message>
        <message>
            <source>Edit the task's text and units</source>
            <translation>Sửa nội dung và đơn vị của nhiệm vụ</translation>
        </message>
        <message>
            <source>This year…</source>
            <translation>Trong năm…</translation>
        </message>
        <message>
            <source>The task in the selected year: deadline, target, expected output, budget, or left out</source>
            <translation>Nhiệm vụ trong năm đang chọn: thời hạn, chỉ tiêu, sản phẩm dự kiến, kinh phí, hoặc không thực hiện</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Lên trên</translation>
        </message>
        <message>
            <source>Move the task before the previous one</source>
            <translation>Chuyển nhiệm vụ lên trước nhiệm vụ liền trên</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Xuống dưới</translation>
        </message>
        <message>
            <source>Move the task after the next one</source>
            <translation>Chuyển nhiệm vụ xuống sau nhiệm vụ liền dưới</translation>
        </message>
        <message>
            <source>Move under…</source>
            <translation>Chuyển vào…</translation>
        </message>
        <message>
            <source>Make the task a sub-task of another task, or a main task</source>
            <translation>Đưa nhiệm vụ thành nhiệm vụ con của nhiệm vụ khác, hoặc thành nhiệm vụ chính</translation>
        </message>
        <message>
            <source>Renumber</source>
            <translation>Đánh số lại</translation>
        </message>
        <message>
            <source>Number every task again from its place in the plan</source>
            <translation>Đánh số lại mọi nhiệm vụ theo vị trí trong kế hoạch</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Xoá</translation>
        </message>
        <message>
            <source>Remove the task with its sub-tasks</source>
            <translation>Xoá nhiệm vụ cùng các nhiệm vụ con</translation>
        </message>
        <message>
            <source>Start the year…</source>
            <translation>Khởi tạo năm…</translation>
        </message>
        <message>
            <source>Carry the previous year's deadlines, targets and units over to the selected year</source>
            <translation>Chuyển thời hạn, chỉ tiêu và đơn vị của năm trước sang năm đang chọn</translation>
        </message>
        <message>
            <source>Start %1 from %2…</source>
            <translation>Khởi tạo năm %1 từ năm %2…</translation>
        </message>
        <message>
            <source>In %1</source>
            <translation>Trong năm %1</translation>
        </message>
        <message>
            <source>Left out:</source>
            <translation>Không thực hiện:</translation>
        </message>
        <message>
            <source>the task is not carried out this year</source>
            <translation>nhiệm vụ không thực hiện trong năm nay</translation>
        </message>
        <message>
            <source>Deadline:</source>
            <translation>Thời hạn:</translation>
        </message>
        <message>
            <source>none</source>
            <translation>không có</translation>
        </message>
        <message>
            <source>Target:</source>
            <translation>Chỉ tiêu:</translation>
        </message>
        <message>
            <source>Expected output:</source>
            <translation>Sản phẩm dự kiến:</translation>
        </message>
        <message>
            <source>Budget estimate:</source>
            <translation>Dự toán kinh phí:</translation>
        </message>
        <message>
            <source>%1 đồng</source>
            <translation>%1 đồng</translation>
        </message>
        <message>
            <source>Units:</source>
            <translation>Đơn vị:</translation>
        </message>
        <message>
            <source>planned for this year, not the standing plan's</source>
            <translation>theo kế hoạch riêng của năm nay, không theo kế hoạch chung</translation>
        </message>
        <message>
            <source>Add task %1</source>
            <translation>Thêm nhiệm vụ %1</translation>
        </message>
        <message>
            <source>Edit task %1</source>
            <translation>Sửa nhiệm vụ %1</translation>
        </message>
        <message>
            <source>Move task %1 to %2</source>
            <translation>Chuyển nhiệm vụ %1 thành %2</translation>
        </message>
        <message>
            <source>Remove task %1</source>
            <translation>Xoá nhiệm vụ %1</translation>
        </message>
        <message>
            <source>Renumber the plan</source>
            <translation>Đánh số lại kế hoạch</translation>
        </message>
        <message>
            <source>Plan task %1 in %2</source>
            <translation>Lập kế hoạch nhiệm vụ %1 năm %2</translation>
        </message>
        <message>
            <source>Start %1 from %2</source>
            <translation>Khởi tạo năm %1 từ năm %2</translation>
        </message>
        <message>
            <source>Remove task %1 "%2"?</source>
            <translation>Xoá nhiệm vụ %1 "%2"?</translation>
        </message>
        <message numerus="yes">
            <source>Its %n sub-task(s) go with it.</source>
            <translation>
                <numerusform>%n nhiệm vụ con của nó cũng bị xoá.</numerusform>
            </translation>
        </message>
        <message>
            <source>Progress reported on it goes too. Edit › Undo brings everything back.</source>
            <translation>Kết quả thực hiện đã báo cáo cũng bị xoá theo. Sửa › Hoàn tác sẽ khôi phục tất cả.</translation>
        </message>
        <message>
            <source>Remove task</source>
            <translation>Xoá nhiệm vụ</translation>
        </message>
        <message>
            <source>Move task %1</source>
            <translation>Chuyển nhiệm vụ %1</translation>
        </message>
        <message>
            <source>(a main task, at the end of the plan)</source>
            <translation>(nhiệm vụ chính, ở cuối kế hoạch)</translation>
        </message>
        <message>
            <source>Make it the last sub-task of:</source>
            <translation>Đưa thành nhiệm vụ con cuối cùng của:</translation>
        </message>
        <message>
            <source>&amp;Move</source>
            <translation>&amp;Chuyển</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Huỷ</translation>
        </message>
        <message>
            <source>Start the year</source>
            <translation>Khởi tạo năm</translation>
        </message>
        <message>
            <source>Start %1 from the plan of %2?

Each task's deadline, target, expected output, budget and units planned for %2 are copied to %1, deadlines one year later; progress starts empty. Without this step %1 follows the standing plan. Edit › Undo takes it back.</source>
            <translation>Khởi tạo năm %1 từ kế hoạch năm %2?

Thời hạn, chỉ tiêu, sản phẩm dự kiến, kinh phí và đơn vị của từng nhiệm vụ năm %2 được sao sang năm %1, thời hạn lùi một năm; kết quả thực hiện để trống. Nếu không khởi tạo, năm %1 theo kế hoạch chung. Sửa › Hoàn tác sẽ huỷ bước này.</translation>
        </message>
        <message>
            <source>%1 has been started from %2.</source>
            <translation>Đã khởi tạo năm %1 từ năm %2.</translation>
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
        <name>ttcs::ui::ProgressPage</name>
        <message>
            <source>Search tasks, units and results (without diacritics is fine)</source>
            <translation>Tìm nhiệm vụ, đơn vị, kết quả (gõ không dấu cũng được)</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Mọi trạng thái</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Cập nhật…</translation>
        </message>
        <message>
            <source>Record what the selected unit did (Enter or double-click)</source>
            <translation>Ghi kết quả của đơn vị đang chọn (Enter hoặc nhấp đúp)</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>Mọi đơn vị</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Kết quả thực hiện</translation>
        </message>
        <message>
            <source>The database is read-only (%1).</source>
            <translation>Cơ sở dữ liệu chỉ đọc (%1).</translation>
        </message>
        <message>
            <source>Progress of %1</source>
            <translation>Kết quả thực hiện của %1</translation>
        </message>
        <message>
            <source>Task:</source>
            <translation>Nhiệm vụ:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Trạng thái:</translation>
        </message>
        <message>
            <source>&amp;Result:</source>
            <translation>&amp;Kết quả:</translation>
        </message>
        <message>
            <source>&amp;Completed on:</source>
            <translation>Ngày &amp;hoàn thành:</translation>
        </message>
        <message>
            <source>Re&amp;ported on:</source>
            <translation>Ngày &amp;báo cáo:</translation>
        </message>
        <message>
            <source>Progress of %1 on task %2</source>
            <translation>Kết quả của %1 về nhiệm vụ %2</translation>
        </message>
        <message>
            <source>Show all</source>
            <translation>Hiện tất cả</translation>
        </message>
        <message>
            <source>task group %1</source>
            <translation>nhóm nhiệm vụ %1</translation>
        </message>
        <message>
            <source>From the overview: %1</source>
            <translation>Từ trang tổng quan: %1</translation>
        </message>
        <message>
            <source>E&amp;xport forms…</source>
            <translation>&amp;Xuất phiếu…</translation>
        </message>
        <message>
            <source>Write each unit's progress form (XLSX) to send to the units</source>
            <translation>Xuất phiếu báo cáo tiến độ (XLSX) của từng đơn vị để gửi đơn vị</translation>
        </message>
        <message>
            <source>&amp;Import forms…</source>
            <translation>&amp;Nhập phiếu…</translation>
        </message>
        <message>
            <source>Read the forms the units filled in (the files can also be dropped here)</source>
            <translation>Đọc phiếu các đơn vị đã điền (có thể kéo thả tệp vào đây)</translation>
        </message>
        <message>
            <source>No database is open.</source>
            <translation>Chưa mở cơ sở dữ liệu nào.</translation>
        </message>
        <message>
            <source>No unit has a task in %1.</source>
            <translation>Không đơn vị nào có nhiệm vụ trong năm %1.</translation>
        </message>
        <message>
            <source>Export forms</source>
            <translation>Xuất phiếu</translation>
        </message>
        <message>
            <source>Export progress forms of %1</source>
            <translation>Xuất phiếu báo cáo tiến độ năm %1</translation>
        </message>
        <message numerus="yes">
            <source>Every unit (%n form(s), into a folder)</source>
            <translation>
                <numerusform>Mọi đơn vị (%n phiếu, vào một thư mục)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n task(s))</source>
            <translation>
                <numerusform>%1 (%n nhiệm vụ)</numerusform>
            </translation>
        </message>
        <message>
            <source>Each form lists the unit's tasks of the year with what is on record; the unit fills in the status, result, figures and completion date and sends the file back.</source>
            <translation>Mỗi phiếu liệt kê các nhiệm vụ trong năm của đơn vị cùng dữ liệu đã có; đơn vị điền tình trạng, kết quả, số liệu, ngày hoàn thành và gửi lại tệp.</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>Đơn &amp;vị:</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Xuất…</translation>
        </message>
        <message>
            <source>Save the progress form</source>
            <translation>Lưu phiếu báo cáo tiến độ</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Bảng tính Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Folder for the progress forms</source>
            <translation>Thư mục lưu phiếu báo cáo tiến độ</translation>
        </message>
        <message>
            <source>The form was written to %1.</source>
            <translation>Đã ghi phiếu vào %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) were written to %1.</source>
            <translation>
                <numerusform>Đã ghi %n phiếu vào %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Progress forms filled in by the units</source>
            <translation>Phiếu báo cáo tiến độ các đơn vị đã điền</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
            <translation>Bảng tính (*.xlsx *.xls *.ods *.csv)</translation>
        </message>
        <message>
            <source>Import forms</source>
            <translation>Nhập phiếu</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Không nhập gì.</translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) read.</source>
            <translation>
                <numerusform>Đã đọc %n phiếu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) added.</source>
            <translation>
                <numerusform>Thêm %n dòng.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) replaced by the form's values.</source>
            <translation>
                <numerusform>Thay %n dòng bằng giá trị trong phiếu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) kept as on record.</source>
            <translation>
                <numerusform>Giữ nguyên %n dòng như dữ liệu đã có.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) unchanged.</source>
            <translation>
                <numerusform>%n dòng không thay đổi.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) refused.</source>
            <translation>
                <numerusform>Từ chối %n dòng.</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit ▸ Undo takes the import back.</source>
            <translation>Sửa ▸ Hoàn tác để hủy lần nhập này.</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>Mọi nhóm nhiệm vụ</translation>
        </message>
        <message>
            <source>St&amp;atus:</source>
            <translation>Trạng t&amp;hái:</translation>
        </message>
        <message>
            <source>U&amp;nit:</source>
            <translation>Đơn &amp;vị:</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>Nhó&amp;m:</translation>
        </message>
        <message>
            <source>Show the lines of one group of tasks of the plan</source>
            <translation>Chỉ hiện các dòng của một nhóm nhiệm vụ trong kế hoạch</translation>
        </message>
        <message>
            <source>%1 of %2 lines shown.</source>
            <translation>Đang hiện %1 trên %2 dòng.</translation>
        </message>
        <message>
            <source>Writing the progress form…</source>
            <translation>Đang ghi phiếu báo cáo tiến độ…</translation>
        </message>
        <message>
            <source>Writing the progress forms of every unit…</source>
            <translation>Đang ghi phiếu báo cáo tiến độ của tất cả các đơn vị…</translation>
        </message>
        <message>
            <source>Cancelled: no form was written.</source>
            <translation>Đã hủy: chưa ghi phiếu nào.</translation>
        </message>
        <message>
            <source>No form was written:</source>
            <translation>Không ghi phiếu nào:</translation>
        </message>
        <message>
            <source>No form was written.</source>
            <translation>Không ghi phiếu nào.</translation>
        </message>
        <message>
            <source>Writing the form of %1 (%2 of %3)…</source>
            <translation>Đang ghi phiếu của %1 (%2/%3)…</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::ProgressTableModel</name>
        <message>
            <source>Task</source>
            <translation>Nhiệm vụ</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Đánh giá</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Hạn</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>The unit reported that it has not started; the deadline has not passed, or the task has none.</source>
            <translation>Đơn vị báo cáo chưa bắt đầu thực hiện; chưa quá hạn hoặc nhiệm vụ không có hạn.</translation>
        </message>
        <message>
            <source>The unit reported the work under way; the deadline has not passed, or the task has none.</source>
            <translation>Đơn vị báo cáo đang thực hiện; chưa quá hạn hoặc nhiệm vụ không có hạn.</translation>
        </message>
        <message>
            <source>The unit reported the task done; the outcome tells whether it was done by the deadline.</source>
            <translation>Đơn vị báo cáo đã hoàn thành; cột Đánh giá cho biết hoàn thành đúng hạn hay trễ hạn.</translation>
        </message>
        <message>
            <source>The unit reported that the task did not arise for it this year.</source>
            <translation>Đơn vị báo cáo nhiệm vụ không phát sinh trong năm.</translation>
        </message>
        <message>
            <source>Worked out, not typed: not started or in progress, and the deadline has passed (the deadline day itself is still in time).</source>
            <translation>Tự tính, không nhập tay: chưa thực hiện hoặc đang thực hiện mà đã quá hạn (ngày hết hạn vẫn tính là trong hạn).</translation>
        </message>
        <message>
            <source>Worked out, not typed: the unit has sent no report on this task for the year.</source>
            <translation>Tự tính, không nhập tay: đơn vị chưa gửi báo cáo về nhiệm vụ này trong năm.</translation>
        </message>
        <message>
            <source>Done by the deadline (the completion date, else the date reported), or done on a task without a deadline.</source>
            <translation>Hoàn thành không muộn hơn hạn (theo ngày hoàn thành, nếu không có thì theo ngày báo cáo), hoặc hoàn thành nhiệm vụ không có hạn.</translation>
        </message>
        <message>
            <source>Done after the deadline (the completion date, else the date reported).</source>
            <translation>Hoàn thành sau hạn (theo ngày hoàn thành, nếu không có thì theo ngày báo cáo).</translation>
        </message>
        <message>
            <source>Not done yet; the deadline has not passed, or the task has none.</source>
            <translation>Chưa hoàn thành; chưa quá hạn hoặc nhiệm vụ không có hạn.</translation>
        </message>
        <message>
            <source>Not done, or not reported, and the deadline has passed.</source>
            <translation>Chưa hoàn thành hoặc chưa báo cáo, mà đã quá hạn.</translation>
        </message>
        <message>
            <source>No outcome: the task did not arise for the unit, or it is continuous work without a deadline of its own that year.</source>
            <translation>Không đánh giá: nhiệm vụ không phát sinh với đơn vị, hoặc là nhiệm vụ thường xuyên không có hạn riêng trong năm.</translation>
        </message>
        <message>
            <source>As the Government Office's task-tracking system counts it, from the deadline and the dates.</source>
            <translation>Đánh giá theo cách Hệ thống theo dõi nhiệm vụ của Văn phòng Chính phủ tính, từ hạn và các ngày hoàn thành, báo cáo.</translation>
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
        <message>
            <source>Edit report &amp;texts…</source>
            <translation>Sửa &amp;nội dung báo cáo…</translation>
        </message>
        <message>
            <source>Report to the Ministry</source>
            <translation>Báo cáo gửi Bộ</translation>
        </message>
        <message>
            <source>Shortcomings, next year's tasks and recommendations of the year's report</source>
            <translation>Tồn tại, hạn chế; nhiệm vụ năm tới và kiến nghị của báo cáo năm</translation>
        </message>
        <message>
            <source>Data as of:</source>
            <translation>Số liệu tính đến:</translation>
        </message>
        <message>
            <source>Report texts</source>
            <translation>Nội dung báo cáo</translation>
        </message>
        <message>
            <source>Report texts for %1</source>
            <translation>Nội dung báo cáo năm %1</translation>
        </message>
        <message>
            <source>Shortcomings and causes:</source>
            <translation>Tồn tại, hạn chế và nguyên nhân:</translation>
        </message>
        <message>
            <source>Tasks for next year:</source>
            <translation>Nhiệm vụ năm tới:</translation>
        </message>
        <message>
            <source>Recommendations:</source>
            <translation>Đề xuất, kiến nghị:</translation>
        </message>
        <message>
            <source>One paragraph per line. These texts are kept in the database for %1.</source>
            <translation>Mỗi dòng một đoạn. Nội dung được lưu trong cơ sở dữ liệu cho năm %1.</translation>
        </message>
        <message>
            <source>Reminder to units that have not reported</source>
            <translation>Công văn đôn đốc đơn vị chưa báo cáo</translation>
        </message>
        <message>
            <source>Export &amp;XLSX…</source>
            <translation>Xuất &amp;XLSX…</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>Xuất &amp;CSV…</translation>
        </message>
        <message>
            <source>The list as a spreadsheet for Excel or LibreOffice</source>
            <translation>Danh sách dưới dạng bảng tính cho Excel hoặc LibreOffice</translation>
        </message>
        <message>
            <source>The list as comma-separated text (UTF-8)</source>
            <translation>Danh sách dưới dạng văn bản phân cách bằng dấu phẩy (UTF-8)</translation>
        </message>
        <message>
            <source>Only the spokesperson list can be saved as a spreadsheet.</source>
            <translation>Chỉ danh sách người phát ngôn mới lưu được dưới dạng bảng tính.</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Bảng tính Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Tệp CSV (*.csv)</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>Đang ghi %1…</translation>
        </message>
        <message>
            <source>Cancelled: %1 was not written.</source>
            <translation>Đã hủy: không ghi tệp %1.</translation>
        </message>
        <message>
            <source>%1 could not be written.</source>
            <translation>Không ghi được tệp %1.</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Đã gửi đến máy in.</translation>
        </message>
        <message>
            <source>No scratch folder to print into: %1</source>
            <translation>Không có thư mục tạm để in ra: %1</translation>
        </message>
        <message>
            <source>Printing did not finish.</source>
            <translation>Việc in chưa hoàn tất.</translation>
        </message>
        <message numerus="yes">
            <source>Printing %n page(s)…</source>
            <translation>
                <numerusform>Đang in %n trang…</numerusform>
            </translation>
        </message>
        <message>
            <source>Printing cancelled.</source>
            <translation>Đã hủy in.</translation>
        </message>
        <message>
            <source>The printed file cannot be read: %1</source>
            <translation>Không đọc được tệp đã in: %1</translation>
        </message>
        <message>
            <source>Save the document for Word or LibreOffice, to edit before signing</source>
            <translation>Lưu văn bản cho Word hoặc LibreOffice, để chỉnh sửa trước khi ký</translation>
        </message>
        <message>
            <source>Save the document as PDF, as it is shown here</source>
            <translation>Lưu văn bản thành PDF, đúng như đang hiển thị</translation>
        </message>
        <message>
            <source>Print the document (%1)</source>
            <translation>In văn bản (%1)</translation>
        </message>
        <message>
            <source>Open the folder of the last exported file</source>
            <translation>Mở thư mục của tệp vừa xuất</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>Đang chuẩn bị bản xem trước…</translation>
        </message>
        <message>
            <source>Preparing the document to print…</source>
            <translation>Đang chuẩn bị văn bản để in…</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::RolesEditor</name>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Huỷ</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Thêm…</translation>
        </message>
        <message>
            <source>Choose units or groups of units</source>
            <translation>Chọn đơn vị hoặc nhóm đơn vị</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Bỏ</translation>
        </message>
        <message>
            <source>A group: every unit of it that exists in the year</source>
            <translation>Một nhóm: mọi đơn vị của nhóm còn tồn tại trong năm</translation>
        </message>
        <message>
            <source>%1 units</source>
            <translation>Đơn vị %1</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::SampleRowsModel</name>
        <message>
            <source>Title above the list (not imported)</source>
            <translation>Tiêu đề phía trên danh sách (không nhập)</translation>
        </message>
        <message>
            <source>Header row: names the columns</source>
            <translation>Dòng tiêu đề: tên các cột</translation>
        </message>
        <message>
            <source>Section row: the people below belong to “%1”</source>
            <translation>Dòng tên đơn vị: những người bên dưới thuộc “%1”</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <source>As the system (%1)</source>
            <translation>Theo hệ thống (%1)</translation>
        </message>
        <message>
            <source>The copy made on the first start of each day; older ones are deleted</source>
            <translation>Bản sao tự động tạo khi mở lần đầu mỗi ngày; các bản cũ hơn sẽ bị xóa</translation>
        </message>
        <message>
            <source>The "backups" folder next to the database</source>
            <translation>Thư mục "backups" cạnh tệp cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>Another disk or a network folder keeps the copies safe when this computer fails; empty: next to the database</source>
            <translation>Một ổ đĩa khác hoặc thư mục mạng giữ các bản sao an toàn khi máy tính này hỏng; để trống: cạnh tệp cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Chọn…</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Ngôn ngữ:</translation>
        </message>
        <message>
            <source>A new language applies the next time TTCS starts.</source>
            <translation>Ngôn ngữ mới được áp dụng từ lần mở TTCS tiếp theo.</translation>
        </message>
        <message>
            <source>Daily &amp;backups kept:</source>
            <translation>Số &amp;bản sao hằng ngày giữ lại:</translation>
        </message>
        <message>
            <source>Backup &amp;folder:</source>
            <translation>&amp;Thư mục sao lưu:</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Thư mục sao lưu</translation>
        </message>
        <message>
            <source>The folder %1 cannot be created. Choose another one.</source>
            <translation>Không tạo được thư mục %1. Hãy chọn thư mục khác.</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::SpokespersonDialog</name>
        <message>
            <source>not known</source>
            <translation>không rõ</translation>
        </message>
        <message>
            <source>still serving</source>
            <translation>đang làm nhiệm vụ</translation>
        </message>
        <message>
            <source>Spokesperson</source>
            <translation>Người phát ngôn</translation>
        </message>
        <message>
            <source>Spaces, dots and +84 are fine; several numbers separated by “;”</source>
            <translation>Có thể có dấu cách, dấu chấm và +84; nhiều số cách nhau bằng “;”</translation>
        </message>
        <message>
            <source>The first day of service; the lowest date means not known</source>
            <translation>Ngày bắt đầu làm nhiệm vụ; ngày nhỏ nhất nghĩa là không rõ</translation>
        </message>
        <message>
            <source>The last day of service; the lowest date means still serving</source>
            <translation>Ngày cuối làm nhiệm vụ; ngày nhỏ nhất nghĩa là vẫn đang làm nhiệm vụ</translation>
        </message>
        <message>
            <source>(no unit)</source>
            <translation>(không có đơn vị)</translation>
        </message>
        <message>
            <source>(no unit: “%1” as in the file)</source>
            <translation>(không có đơn vị: “%1” như trong tệp)</translation>
        </message>
        <message>
            <source>Full &amp;name:</source>
            <translation>&amp;Họ và tên:</translation>
        </message>
        <message>
            <source>&amp;Position:</source>
            <translation>&amp;Chức vụ:</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>Đơn &amp;vị:</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>Đ&amp;iện thoại:</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;Email:</translation>
        </message>
        <message>
            <source>Appointing &amp;decision:</source>
            <translation>&amp;Quyết định giao nhiệm vụ:</translation>
        </message>
        <message>
            <source>Serving &amp;from:</source>
            <translation>Làm nhiệm vụ &amp;từ:</translation>
        </message>
        <message>
            <source>Serving &amp;until:</source>
            <translation>Làm nhiệm vụ đế&amp;n:</translation>
        </message>
        <message>
            <source>The name cannot be empty.</source>
            <translation>Họ tên không được để trống.</translation>
        </message>
        <message>
            <source>The phone number is not valid: %1</source>
            <translation>Số điện thoại không hợp lệ: %1</translation>
        </message>
        <message>
            <source>The email address is not valid: %1</source>
            <translation>Địa chỉ email không hợp lệ: %1</translation>
        </message>
        <message>
            <source>The last day of service comes before the first.</source>
            <translation>Ngày cuối làm nhiệm vụ đứng trước ngày bắt đầu.</translation>
        </message>
        <message>
            <source>No unit is called “%1”.</source>
            <translation>Không có đơn vị nào tên “%1”.</translation>
        </message>
        <message>
            <source>Edit spokesperson %1</source>
            <translation>Sửa người phát ngôn %1</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Đồng ý</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
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
        <message>
            <source>since %1</source>
            <translation>từ %1</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Serving</source>
            <translation>Làm nhiệm vụ</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::SpokespersonsPage</name>
        <message>
            <source>Search by name, unit, phone or email (without diacritics is fine)</source>
            <translation>Tìm tên, đơn vị, SĐT, email (gõ không dấu cũng được)</translation>
        </message>
        <message>
            <source>Spokespersons</source>
            <translation>Người phát ngôn</translation>
        </message>
        <message>
            <source>&amp;Import list…</source>
            <translation>&amp;Nhập danh sách…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Sửa…</translation>
        </message>
        <message>
            <source>Import &amp;history…</source>
            <translation>Lịch sử nhậ&amp;p…</translation>
        </message>
        <message>
            <source>Show the people of one kind of unit</source>
            <translation>Chỉ hiện người của một loại đơn vị</translation>
        </message>
        <message>
            <source>Show the people of one district and its communes</source>
            <translation>Chỉ hiện người của một huyện và các xã của huyện</translation>
        </message>
        <message>
            <source>Show who was serving on this date</source>
            <translation>Hiện những người làm nhiệm vụ vào ngày này</translation>
        </message>
        <message>
            <source>Import the lists of spokespersons sent by units (.xlsx, .xls, .ods, .csv) (Ctrl+I)</source>
            <translation>Nhập danh sách người phát ngôn do đơn vị gửi (.xlsx, .xls, .ods, .csv) (Ctrl+I)</translation>
        </message>
        <message>
            <source>Edit the selected person (Enter or double-click)</source>
            <translation>Sửa người đang chọn (Enter hoặc nhấp đúp)</translation>
        </message>
        <message>
            <source>The lists imported so far; an import can be undone there</source>
            <translation>Các danh sách đã nhập; có thể hoàn tác một lần nhập tại đây</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Loại:</translation>
        </message>
        <message>
            <source>&amp;District:</source>
            <translation>&amp;Huyện:</translation>
        </message>
        <message>
            <source>Serving &amp;on:</source>
            <translation>Làm nhiệm vụ ngà&amp;y:</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>Mọi đơn vị</translation>
        </message>
        <message>
            <source>Unit not found</source>
            <translation>Đơn vị không tìm thấy</translation>
        </message>
        <message>
            <source>All districts</source>
            <translation>Mọi huyện</translation>
        </message>
        <message>
            <source>No spokespersons on record on %1.</source>
            <translation>Không có người phát ngôn nào vào ngày %1.</translation>
        </message>
        <message>
            <source>%1 of %2 people serving on %3</source>
            <translation>%1 / %2 người làm nhiệm vụ ngày %3</translation>
        </message>
        <message>
            <source>Import list</source>
            <translation>Nhập danh sách</translation>
        </message>
        <message>
            <source>The database is open read-only (%1): nothing can be imported.</source>
            <translation>Cơ sở dữ liệu đang mở chỉ đọc (%1): không nhập được.</translation>
        </message>
        <message>
            <source>Spokesperson</source>
            <translation>Người phát ngôn</translation>
        </message>
        <message>
            <source>&amp;New person…</source>
            <translation>&amp;Thêm người…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Add a spokesperson by hand</source>
            <translation>Nhập thêm một người phát ngôn</translation>
        </message>
        <message>
            <source>Remove the selected person from the list</source>
            <translation>Xóa người đang chọn khỏi danh sách</translation>
        </message>
        <message>
            <source>New spokesperson</source>
            <translation>Thêm người phát ngôn</translation>
        </message>
        <message>
            <source>New spokesperson %1</source>
            <translation>Thêm người phát ngôn %1</translation>
        </message>
        <message>
            <source>Remove spokesperson</source>
            <translation>Xóa người phát ngôn</translation>
        </message>
        <message>
            <source>Remove %1 from the list? Edit › Undo puts the person back.</source>
            <translation>Xóa %1 khỏi danh sách? Có thể khôi phục bằng Sửa › Hoàn tác.</translation>
        </message>
        <message>
            <source>Remove spokesperson %1</source>
            <translation>Xóa người phát ngôn %1</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::TaskDialog</name>
        <message>
            <source>Task %1</source>
            <translation>Nhiệm vụ %1</translation>
        </message>
        <message>
            <source>New task</source>
            <translation>Nhiệm vụ mới</translation>
        </message>
        <message>
            <source>What the task asks, as the plan words it</source>
            <translation>Nội dung nhiệm vụ, như kế hoạch ghi</translation>
        </message>
        <message>
            <source>None (a group of sub-tasks)</source>
            <translation>Không (nhóm các nhiệm vụ con)</translation>
        </message>
        <message>
            <source>e.g. Thường xuyên; Hằng năm; Quý IV</source>
            <translation>vd. Thường xuyên; Hằng năm; Quý IV</translation>
        </message>
        <message>
            <source>Only when the plan words it otherwise than the list of units, e.g. "Các sở, ban, ngành"</source>
            <translation>Chỉ khi kế hoạch ghi khác danh sách đơn vị, vd. "Các sở, ban, ngành"</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Tên nhiệm vụ:</translation>
        </message>
        <message>
            <source>&amp;Content:</source>
            <translation>&amp;Nội dung:</translation>
        </message>
        <message>
            <source>&amp;Frequency:</source>
            <translation>Tần &amp;suất:</translation>
        </message>
        <message>
            <source>T&amp;ime frame as written:</source>
            <translation>Thời &amp;gian thực hiện (như kế hoạch ghi):</translation>
        </message>
        <message>
            <source>Wording in the plan's document (optional)</source>
            <translation>Cách ghi trong văn bản kế hoạch (không bắt buộc)</translation>
        </message>
        <message>
            <source>Lead:</source>
            <translation>Chủ trì:</translation>
        </message>
        <message>
            <source>Coordinating:</source>
            <translation>Phối hợp:</translation>
        </message>
        <message>
            <source>Implementing:</source>
            <translation>Thực hiện:</translation>
        </message>
        <message>
            <source>&amp;Task</source>
            <translation>&amp;Nhiệm vụ</translation>
        </message>
        <message>
            <source>&amp;Units</source>
            <translation>Đơn &amp;vị</translation>
        </message>
        <message>
            <source>A task needs a title.</source>
            <translation>Nhiệm vụ phải có tên.</translation>
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
        <message>
            <source>Left out this year</source>
            <translation>Không thực hiện năm nay</translation>
        </message>
        <message>
            <source>Deadline this year</source>
            <translation>Thời hạn năm nay</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::TaskYearDialog</name>
        <message>
            <source>&amp;Left out this year (not carried out in %1)</source>
            <translation>&amp;Không thực hiện năm nay (không triển khai trong năm %1)</translation>
        </message>
        <message>
            <source>Own &amp;deadline:</source>
            <translation>Thời &amp;hạn riêng:</translation>
        </message>
        <message>
            <source>Other &amp;units than the standing plan this year</source>
            <translation>Năm nay giao cho &amp;đơn vị khác với kế hoạch chung</translation>
        </message>
        <message>
            <source>Task %1 in %2</source>
            <translation>Nhiệm vụ %1 năm %2</translation>
        </message>
        <message>
            <source>e.g. 100% of units publish their plan</source>
            <translation>vd. 100% đơn vị ban hành kế hoạch</translation>
        </message>
        <message>
            <source>e.g. 12 news items; 01 training class</source>
            <translation>vd. 12 tin, bài; 01 lớp bồi dưỡng</translation>
        </message>
        <message>
            <source>in đồng, e.g. 50.000.000</source>
            <translation>tính bằng đồng, vd. 50.000.000</translation>
        </message>
        <message>
            <source>&amp;Target:</source>
            <translation>&amp;Chỉ tiêu:</translation>
        </message>
        <message>
            <source>E&amp;xpected output:</source>
            <translation>Sản &amp;phẩm dự kiến:</translation>
        </message>
        <message>
            <source>&amp;Budget estimate (đồng):</source>
            <translation>Dự toán &amp;kinh phí (đồng):</translation>
        </message>
        <message>
            <source>Otherwise %1, as for every annual task.</source>
            <translation>Nếu không: %1, như mọi nhiệm vụ hằng năm.</translation>
        </message>
        <message>
            <source>Otherwise none: the task is not annual.</source>
            <translation>Nếu không: không có thời hạn, vì nhiệm vụ không phải hằng năm.</translation>
        </message>
        <message>
            <source>The budget must be a whole number of đồng, e.g. 50.000.000.</source>
            <translation>Kinh phí phải là một số đồng nguyên, vd. 50.000.000.</translation>
        </message>
        <message>
            <source>The deadline %1 is not in %2. Keep it?</source>
            <translation>Thời hạn %1 không thuộc năm %2. Vẫn giữ?</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::TraineeTableModel</name>
        <message>
            <source>Completed</source>
            <translation>Hoàn thành</translation>
        </message>
        <message>
            <source>Not completed</source>
            <translation>Chưa hoàn thành</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Đối tượng</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::TraineeTotalsModel</name>
        <message>
            <source>Total</source>
            <translation>Tổng cộng</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Đối tượng</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Học viên</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Hoàn thành</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::TrainingClassModel</name>
        <message>
            <source>More trainees than planned</source>
            <translation>Nhiều học viên hơn dự kiến</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Lớp</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Đơn vị tổ chức</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Dự kiến</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Học viên</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::TrainingPage</name>
        <message>
            <source>&amp;New class…</source>
            <translation>&amp;Thêm lớp…</translation>
        </message>
        <message>
            <source>Edit c&amp;lass…</source>
            <translation>Sửa &amp;lớp…</translation>
        </message>
        <message>
            <source>Remove class</source>
            <translation>Xóa lớp</translation>
        </message>
        <message>
            <source>Search names and units (without diacritics is fine)</source>
            <translation>Tìm theo họ tên, đơn vị (gõ không dấu cũng được)</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Mọi đối tượng</translation>
        </message>
        <message>
            <source>Add &amp;trainee…</source>
            <translation>Thêm &amp;học viên…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Sửa…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>&amp;Import list…</source>
            <translation>&amp;Nhập danh sách…</translation>
        </message>
        <message>
            <source>Add the trainees of a spreadsheet (XLSX, XLS, ODS or CSV) to the selected class</source>
            <translation>Thêm học viên từ bảng tính (XLSX, XLS, ODS hoặc CSV) vào lớp đang chọn</translation>
        </message>
        <message>
            <source>Training classes in %1</source>
            <translation>Các lớp bồi dưỡng năm %1</translation>
        </message>
        <message>
            <source>Trainees in %1 by category</source>
            <translation>Học viên năm %1 theo đối tượng</translation>
        </message>
        <message>
            <source>Trainees: select a class above</source>
            <translation>Học viên: chọn một lớp ở trên</translation>
        </message>
        <message>
            <source>Trainees: add a class first</source>
            <translation>Học viên: hãy thêm lớp trước</translation>
        </message>
        <message>
            <source> (%1 shown)</source>
            <translation> (đang hiện %1)</translation>
        </message>
        <message>
            <source>Trainees of “%1”: %2, %3 completed%4</source>
            <translation>Học viên lớp “%1”: %2 người, %3 hoàn thành%4</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Bồi dưỡng, tập huấn</translation>
        </message>
        <message>
            <source>e.g. Skills for spokespersons of departments and districts</source>
            <translation>ví dụ: Bồi dưỡng kỹ năng phát ngôn cho người phát ngôn các sở, ngành, huyện</translation>
        </message>
        <message>
            <source>The dates are set</source>
            <translation>Đã có thời gian tổ chức</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(không có)</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>chưa định</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Tên lớp:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>T&amp;ừ ngày:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>Đế&amp;n ngày:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>Đị&amp;a điểm:</translation>
        </message>
        <message>
            <source>&amp;Organiser:</source>
            <translation>Đơn vị tổ &amp;chức:</translation>
        </message>
        <message>
            <source>Planned &amp;size:</source>
            <translation>&amp;Số học viên dự kiến:</translation>
        </message>
        <message>
            <source>The class needs a title.</source>
            <translation>Lớp cần có tên.</translation>
        </message>
        <message>
            <source>The class is filed under %1: it must start in %1.</source>
            <translation>Lớp thuộc năm %1 nên phải bắt đầu trong năm %1.</translation>
        </message>
        <message>
            <source>The class cannot end before it starts.</source>
            <translation>Ngày kết thúc không được trước ngày bắt đầu.</translation>
        </message>
        <message>
            <source>New training class</source>
            <translation>Thêm lớp bồi dưỡng</translation>
        </message>
        <message>
            <source>New class “%1”</source>
            <translation>Thêm lớp “%1”</translation>
        </message>
        <message>
            <source>Edit training class</source>
            <translation>Sửa lớp bồi dưỡng</translation>
        </message>
        <message>
            <source>Edit class “%1”</source>
            <translation>Sửa lớp “%1”</translation>
        </message>
        <message>
            <source>Remove “%1” and its %2 trainees? Edit › Undo puts them back.</source>
            <translation>Xóa lớp “%1” cùng %2 học viên? Có thể khôi phục bằng Sửa › Hoàn tác.</translation>
        </message>
        <message>
            <source>Remove class “%1”</source>
            <translation>Xóa lớp “%1”</translation>
        </message>
        <message>
            <source>A unit of the list, or any other workplace typed in</source>
            <translation>Chọn đơn vị trong danh sách hoặc gõ nơi công tác khác</translation>
        </message>
        <message>
            <source>Completed the class</source>
            <translation>Đã hoàn thành khóa học</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Họ và tên:</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>Đơn &amp;vị:</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>Đối &amp;tượng:</translation>
        </message>
        <message>
            <source>The trainee needs a name.</source>
            <translation>Học viên cần có họ tên.</translation>
        </message>
        <message>
            <source>New trainee</source>
            <translation>Thêm học viên</translation>
        </message>
        <message>
            <source>Add trainee %1</source>
            <translation>Thêm học viên %1</translation>
        </message>
        <message>
            <source>Edit trainee</source>
            <translation>Sửa học viên</translation>
        </message>
        <message>
            <source>Edit trainee %1</source>
            <translation>Sửa học viên %1</translation>
        </message>
        <message>
            <source>Remove trainee %1</source>
            <translation>Xóa học viên %1</translation>
        </message>
        <message>
            <source>%1 was removed. Edit › Undo puts the trainee back.</source>
            <translation>Đã xóa %1. Sửa › Hoàn tác để khôi phục.</translation>
        </message>
        <message>
            <source>Import trainees</source>
            <translation>Nhập danh sách học viên</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)</source>
            <translation>Bảng tính (*.xlsx *.xls *.ods *.csv);;Mọi tệp (*)</translation>
        </message>
        <message>
            <source>%1, sheet “%2”: %3 trainees to add to “%4”.</source>
            <translation>%1, trang “%2”: sẽ thêm %3 học viên vào lớp “%4”.</translation>
        </message>
        <message>
            <source>%1 already in the class (same name and unit) are left out.</source>
            <translation>Bỏ qua %1 người đã có trong lớp (cùng họ tên và đơn vị).</translation>
        </message>
        <message>
            <source>%1 rows cannot be imported (listed below).</source>
            <translation>%1 dòng không nhập được (liệt kê dưới đây).</translation>
        </message>
        <message>
            <source>%1 warnings: the rows are imported as shown below.</source>
            <translation>%1 cảnh báo: các dòng này vẫn được nhập như ghi dưới đây.</translation>
        </message>
        <message>
            <source>&amp;Import %1 trainees</source>
            <translation>&amp;Nhập %1 học viên</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>Chưa nhập gì: %1</translation>
        </message>
        <message>
            <source>Imported %1 trainees from %2 into “%3”; %4 left out as already listed, %5 rows refused, %6 warnings.</source>
            <translation>Đã nhập %1 học viên từ %2 vào lớp “%3”; bỏ qua %4 người đã có, %5 dòng bị từ chối, %6 cảnh báo.</translation>
        </message>
        <message>
            <source>Add a class</source>
            <translation>Thêm lớp bồi dưỡng</translation>
        </message>
        <message>
            <source>Edit the selected class</source>
            <translation>Sửa lớp đang chọn</translation>
        </message>
        <message>
            <source>Remove the selected class with its trainees</source>
            <translation>Xóa lớp đang chọn cùng học viên của lớp</translation>
        </message>
        <message>
            <source>Add a trainee to the selected class</source>
            <translation>Thêm học viên vào lớp đang chọn</translation>
        </message>
        <message>
            <source>Edit the selected trainee</source>
            <translation>Sửa học viên đang chọn</translation>
        </message>
        <message>
            <source>Remove the selected trainee from the class</source>
            <translation>Xóa học viên đang chọn khỏi lớp</translation>
        </message>
        <message>
            <source>Remove “%1”? Edit › Undo puts it back.</source>
            <translation>Xóa lớp “%1”? Có thể khôi phục bằng Sửa › Hoàn tác.</translation>
        </message>
        <message>
            <source>Remove trainee</source>
            <translation>Xóa học viên</translation>
        </message>
        <message>
            <source>Remove %1 from the class? Edit › Undo puts the trainee back.</source>
            <translation>Xóa %1 khỏi lớp? Có thể khôi phục bằng Sửa › Hoàn tác.</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::UnitChangeDialog</name>
        <message>
            <source>Rename unit</source>
            <translation>Đổi tên đơn vị</translation>
        </message>
        <message>
            <source>&amp;New name:</source>
            <translation>Tên &amp;mới:</translation>
        </message>
        <message>
            <source>New &amp;short name:</source>
            <translation>Tên &amp;viết tắt mới:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Từ ngày:</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>Đổi &amp;tên</translation>
        </message>
        <message>
            <source>Reports of the years before keep the old name.</source>
            <translation>Báo cáo các năm trước vẫn dùng tên cũ.</translation>
        </message>
        <message>
            <source>Merge unit</source>
            <translation>Sáp nhập đơn vị</translation>
        </message>
        <message>
            <source>Merged &amp;into:</source>
            <translation>Sáp nhập &amp;vào:</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Sáp nhập</translation>
        </message>
        <message>
            <source>From that date on the unit is part of the other one; the years before keep it as it was.</source>
            <translation>Từ ngày đó đơn vị là một phần của đơn vị kia; các năm trước vẫn giữ đơn vị như cũ.</translation>
        </message>
        <message>
            <source>Dissolve unit</source>
            <translation>Giải thể đơn vị</translation>
        </message>
        <message>
            <source>No longer exists &amp;from:</source>
            <translation>Không còn tồn tại &amp;từ ngày:</translation>
        </message>
        <message>
            <source>&amp;Dissolve</source>
            <translation>&amp;Giải thể</translation>
        </message>
        <message>
            <source>The years before keep the unit and what it reported.</source>
            <translation>Các năm trước vẫn giữ đơn vị và kết quả đơn vị đã báo cáo.</translation>
        </message>
        <message>
            <source>Enter the unit's new name.</source>
            <translation>Hãy nhập tên mới của đơn vị.</translation>
        </message>
        <message>
            <source>Choose the unit it is merged into.</source>
            <translation>Hãy chọn đơn vị được sáp nhập vào.</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::UnitChoiceModel</name>
        <message>
            <source>(no unit: keep the text from the file)</source>
            <translation>(không có đơn vị: giữ nguyên như trong tệp)</translation>
        </message>
        <message>
            <source>Several units have this name; choose the right one.</source>
            <translation>Có nhiều đơn vị trùng tên này; hãy chọn đúng đơn vị.</translation>
        </message>
        <message>
            <source>No unit has exactly this name.</source>
            <translation>Không có đơn vị nào đúng tên này.</translation>
        </message>
        <message>
            <source>Suggested: %1 (%2% alike)</source>
            <translation>Gợi ý: %1 (giống %2%)</translation>
        </message>
        <message>
            <source>Press F2 or double-click to choose.</source>
            <translation>Nhấn F2 hoặc nhấp đúp để chọn.</translation>
        </message>
        <message>
            <source>%1 (suggested, %2% alike)</source>
            <translation>%1 (gợi ý, giống %2%)</translation>
        </message>
        <message>
            <source>Unit as written in the file</source>
            <translation>Đơn vị ghi trong tệp</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Số người</translation>
        </message>
        <message>
            <source>Import under</source>
            <translation>Nhập vào đơn vị</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::UnitDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Huỷ</translation>
        </message>
        <message>
            <source>&amp;Exists from:</source>
            <translation>&amp;Tồn tại từ ngày:</translation>
        </message>
        <message>
            <source>Edit unit</source>
            <translation>Sửa đơn vị</translation>
        </message>
        <message>
            <source>New unit</source>
            <translation>Đơn vị mới</translation>
        </message>
        <message>
            <source>e.g. Sở Tư pháp; UBND xã Nam Mẫu</source>
            <translation>vd. Sở Tư pháp; UBND xã Nam Mẫu</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(không có)</translation>
        </message>
        <message>
            <source>A commune's district, for example</source>
            <translation>Ví dụ: huyện của một xã</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Tên:</translation>
        </message>
        <message>
            <source>&amp;Short name:</source>
            <translation>Tên &amp;viết tắt:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Loại:</translation>
        </message>
        <message>
            <source>&amp;Under:</source>
            <translation>T&amp;rực thuộc:</translation>
        </message>
        <message>
            <source>This corrects the unit in every year. When the unit was renamed on a date, use Rename instead, so that earlier years keep the old name.</source>
            <translation>Sửa ở đây áp dụng cho mọi năm. Nếu đơn vị đổi tên từ một ngày, hãy dùng Đổi tên để các năm trước giữ tên cũ.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Thêm</translation>
        </message>
        <message>
            <source>A unit needs a name.</source>
            <translation>Đơn vị phải có tên.</translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::UnitPickerDialog</name>
        <message>
            <source>Type part of a name (without diacritics is fine)</source>
            <translation>Gõ một phần tên (không dấu cũng được)</translation>
        </message>
        <message numerus="yes">
            <source>%1 (group, %n units in %2)</source>
            <translation>
                <numerusform>%1 (nhóm, %n đơn vị năm %2)</numerusform>
            </translation>
        </message>
        <message>
            <source>Every unit of the group that exists in the year</source>
            <translation>Mọi đơn vị của nhóm còn tồn tại trong năm</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Chọn</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Huỷ</translation>
        </message>
        <message>
            <source>Ctrl+click or Shift+click chooses several.</source>
            <translation>Giữ Ctrl hoặc Shift khi bấm để chọn nhiều.</translation>
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
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>New unit…</source>
            <translation>Thêm đơn vị…</translation>
        </message>
        <message>
            <source>Add a unit</source>
            <translation>Thêm một đơn vị</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Sửa…</translation>
        </message>
        <message>
            <source>Correct the unit's name, kind or place in every year</source>
            <translation>Sửa tên, loại hoặc nơi trực thuộc của đơn vị, áp dụng cho mọi năm</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Đổi tên…</translation>
        </message>
        <message>
            <source>The unit takes a new name from a date; earlier years keep the old one</source>
            <translation>Đơn vị mang tên mới từ một ngày; các năm trước giữ tên cũ</translation>
        </message>
        <message>
            <source>Merge into…</source>
            <translation>Sáp nhập vào…</translation>
        </message>
        <message>
            <source>From a date the unit is part of another unit</source>
            <translation>Từ một ngày, đơn vị là một phần của đơn vị khác</translation>
        </message>
        <message>
            <source>Dissolve…</source>
            <translation>Giải thể…</translation>
        </message>
        <message>
            <source>From a date the unit no longer exists</source>
            <translation>Từ một ngày, đơn vị không còn tồn tại</translation>
        </message>
        <message>
            <source>Groups of units in %1</source>
            <translation>Các nhóm đơn vị năm %1</translation>
        </message>
        <message>
            <source>A task given to the group goes to each of these units in %1</source>
            <translation>Nhiệm vụ giao cho nhóm được giao cho từng đơn vị này trong năm %1</translation>
        </message>
        <message>
            <source>Add unit %1</source>
            <translation>Thêm đơn vị %1</translation>
        </message>
        <message>
            <source>Edit unit %1</source>
            <translation>Sửa đơn vị %1</translation>
        </message>
        <message>
            <source>Rename %1 to %2</source>
            <translation>Đổi tên %1 thành %2</translation>
        </message>
        <message>
            <source>Merge %1</source>
            <translation>Sáp nhập %1</translation>
        </message>
        <message>
            <source>Dissolve %1</source>
            <translation>Giải thể %1</translation>
        </message>
    </context>
</TS>
