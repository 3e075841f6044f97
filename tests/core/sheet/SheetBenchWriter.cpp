// ttcs-sheet-bench-writer: writes the workbook ttcs-sheet-bench reads, a
// list of Vietnamese names, positions, units, phones and e-mails, with
// libxlsxwriter (shared strings as Excel writes them, or inline strings).
//
// A process of its own: on Linux, libxlsxwriter (linked to the system
// minizip) and QuaZip both export the minizip functions, and in one
// process either library ends up calling the other's copy and crashes.
//
//   ttcs-sheet-bench-writer FILE ROWS shared|inline
#include <xlsxwriter.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

bool writeWorkbook(const char *path, int rows, bool inlineStrings)
{
    static const char *const family[] = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",    "Võ",  "Đặng",
        "Bùi",    "Đỗ",   "Hồ", "Ngô",  "Dương", "Lý",    "Nông", "Triệu", "Lục", "Hà"};
    static const char *const middle[] = {"Văn", "Thị",   "Minh", "Quang", "Hữu",
                                         "Đức", "Thanh", "Ngọc", "Xuân",  "Thu"};
    static const char *const given[] = {"An",   "Bình",   "Cường", "Dũng", "Giang", "Hà",  "Hạnh",
                                        "Hoa",  "Hùng",   "Lan",   "Linh", "Long",  "Mai", "Nga",
                                        "Ngân", "Phương", "Sơn",   "Thảo", "Trang", "Yến"};
    static const char *const position[] = {"Giám đốc", "Phó Giám đốc", "Chánh Văn phòng",
                                           "Trưởng phòng Văn hoá - Thông tin", "Chuyên viên"};
    static const char *const unit[] = {"Sở Thông tin và Truyền thông",
                                       "Sở Tư pháp",
                                       "UBND huyện Ba Bể",
                                       "UBND huyện Chợ Đồn",
                                       "Sở Nông nghiệp và Phát triển nông thôn",
                                       "UBND xã Nam Mẫu (huyện Ba Bể)"};
    lxw_workbook_options options = {};
    options.constant_memory = inlineStrings ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *workbook = workbook_new_opt(path, &options);
    if (!workbook)
        return false;
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Danh sách");
    const char *header[] = {"STT",           "Họ và tên", "Chức vụ", "Cơ quan, đơn vị",
                            "Số điện thoại", "Email",     "Ghi chú"};
    for (int c = 0; c < 7; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), header[c], nullptr);
    char buffer[160];
    for (int r = 1; r <= rows; ++r) {
        worksheet_write_number(sheet, lxw_row_t(r), 0, r, nullptr);
        std::snprintf(buffer, sizeof buffer, "%s %s %s", family[r % 20], middle[(r / 20) % 10],
                      given[(r / 200) % 20]);
        worksheet_write_string(sheet, lxw_row_t(r), 1, buffer, nullptr);
        worksheet_write_string(sheet, lxw_row_t(r), 2, position[r % 5], nullptr);
        worksheet_write_string(sheet, lxw_row_t(r), 3, unit[r % 6], nullptr);
        std::snprintf(buffer, sizeof buffer, "09%08d", (r * 7919) % 100000000);
        worksheet_write_string(sheet, lxw_row_t(r), 4, buffer, nullptr);
        std::snprintf(buffer, sizeof buffer, "nguoi.phat.ngon%d@backan.gov.vn", r);
        worksheet_write_string(sheet, lxw_row_t(r), 5, buffer, nullptr);
        std::snprintf(buffer, sizeof buffer, "Quyết định số %d/QĐ-UBND", r % 997);
        worksheet_write_string(sheet, lxw_row_t(r), 6, buffer, nullptr);
    }
    return workbook_close(workbook) == LXW_NO_ERROR;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s FILE ROWS shared|inline\n", argv[0]);
        return 2;
    }
    const int rows = std::atoi(argv[2]);
    return writeWorkbook(argv[1], rows > 0 ? rows : 1, std::strcmp(argv[3], "inline") == 0) ? 0 : 1;
}
