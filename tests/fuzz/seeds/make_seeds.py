#!/usr/bin/env python3
"""Writes the small hand-made seeds of the fuzz targets (the fixtures of
tests/fixtures seed them too): tiny .xlsx and .ods files using what the
readers know (shared and inline strings, rich text, styles with legacy
fonts, number formats, dates, merged cells, repeated rows and columns),
CSV variants and legacy-encoded text. Run it from anywhere."""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def write(target, name, data):
    os.makedirs(os.path.join(HERE, target), exist_ok=True)
    with open(os.path.join(HERE, target, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def zip_bytes(entries, stored=()):
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2023, 7, 21, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def xlsx(sheet_data, shared="", after="", date1904=False):
    workbook = ('<workbook xmlns="%s" xmlns:r="%s"><workbookPr%s/><sheets>'
                '<sheet name="Danh sách" sheetId="1" r:id="rId1"/>'
                '<sheet name="Ẩn" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>'
                % (MAIN, REL, ' date1904="1"' if date1904 else ""))
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="%s/worksheet" Target="/xl/worksheets/sheet2.xml"/>'
            '<Relationship Id="rId3" Type="%s/sharedStrings" Target="sharedStrings.xml"/>'
            '<Relationship Id="rId4" Type="%s/styles" Target="styles.xml"/></Relationships>'
            % (REL, REL, REL, REL))
    styles = ('<styleSheet xmlns="%s"><numFmts count="2">'
              '<numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/>'
              '<numFmt numFmtId="165" formatCode="0###########"/></numFmts>'
              '<fonts><font><sz val="11"/><name val="Calibri"/></font>'
              '<font><name val=".VnTime"/></font><font><name val="VNI-Times"/></font>'
              '<font><name val=".VnTimeH"/></font></fonts>'
              '<cellXfs><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="0"/>'
              '<xf numFmtId="165" fontId="1"/><xf numFmtId="49" fontId="2"/>'
              '<xf numFmtId="14" fontId="3"/></cellXfs></styleSheet>' % MAIN)
    sheet = ('<worksheet xmlns="%s"><dimension ref="A1:E6"/><sheetData>%s</sheetData>%s'
             '</worksheet>' % (MAIN, sheet_data, after))
    return zip_bytes([
        ("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
         'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
        ("xl/workbook.xml", workbook),
        ("xl/_rels/workbook.xml.rels", rels),
        ("xl/styles.xml", styles),
        ("xl/sharedStrings.xml", '<sst xmlns="%s">%s</sst>' % (MAIN, shared)),
        ("xl/worksheets/sheet1.xml", sheet),
        ("xl/worksheets/sheet2.xml", '<worksheet xmlns="%s"><sheetData><row><c><v>1</v></c>'
         '</row></sheetData></worksheet>' % MAIN),
    ])


def main():
    shared = ('<si><t>DANH SÁCH NGƯỜI PHÁT NGÔN</t></si><si><t>Họ và tên</t></si>'
              '<si><r><rPr><rFont val=".VnTime"/></rPr><t>NguyÔn</t></r>'
              '<r><t xml:space="preserve"> V¨n An</t></r></si>'
              '<si><t>Sở Tư pháp_x000D_</t><rPh><t>ふりがな</t></rPh></si>'
              '<si><t>Gi¸m ®èc</t></si>')
    rows = ('<row r="1" spans="1:5"><c r="A1" t="s"><v>0</v></c></row>'
            '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="inlineStr"><is><t>Chức vụ</t>'
            '</is></c><c r="C2" t="str"><v>Điện thoại</v></c><c r="D2"><v>1</v></c></row>'
            '<row r="3"><c r="A3" t="s" s="2"><v>2</v></c><c r="B3" t="s" s="2"><v>4</v></c>'
            '<c r="C3" s="2"><v>912345678</v></c><c r="D3" s="1"><v>45170.5</v></c>'
            '<c r="E3" t="b"><v>1</v></c></row>'
            '<row r="5"><c r="A5" t="s"><v>3</v></c><c r="C5" t="e"><v>#REF!</v></c>'
            '<c r="D5" s="4"><v>-1</v></c><c r="XFD5"><f>1+1</f><v>2</v></c></row>'
            '<row r="6"><c t="n"><v>1E+308</v></c><c><v>0.1</v></c><c s="3"><v>0912</v></c></row>')
    merges = '<mergeCells count="2"><mergeCell ref="A1:E1"/><mergeCell ref="A5:B6"/></mergeCells>'
    write("xlsx", "small.xlsx", xlsx(rows, shared, merges))
    write("xlsx", "date1904.xlsx", xlsx('<row><c s="1"><v>1</v></c></row>', "", "", True))

    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')
    content = (
        '<office:document-content %s office:version="1.3"><office:font-face-decls>'
        '<style:font-face style:name=".VnTime" svg:font-family=".VnTime"/></office:font-face-decls>'
        '<office:automatic-styles><style:style style:name="ce1" style:family="table-cell">'
        '<style:text-properties style:font-name=".VnTime"/></style:style></office:automatic-styles>'
        '<office:body><office:spreadsheet><table:table table:name="Danh sách">'
        '<table:table-column table:number-columns-repeated="3"/>'
        '<table:table-row><table:table-cell table:number-columns-spanned="3" '
        'office:value-type="string"><text:p>DANH SÁCH</text:p></table:table-cell>'
        '<table:covered-table-cell table:number-columns-repeated="2"/></table:table-row>'
        '<table:table-row><table:table-cell table:style-name="ce1"><text:p>NguyÔn '
        '<text:span>V¨n</text:span><text:s text:c="2"/>An</text:p><text:p>dòng 2</text:p>'
        '</table:table-cell><table:table-cell office:value-type="float" office:value="912345678">'
        '<text:p>912345678</text:p></table:table-cell><table:table-cell office:value-type="date" '
        'office:date-value="2023-09-01T12:00:00"><text:p>01/09/2023</text:p></table:table-cell>'
        '</table:table-row><table:table-row table:number-rows-repeated="3">'
        '<table:table-cell table:number-columns-repeated="2" office:value-type="boolean" '
        'office:boolean-value="true"><office:annotation><text:p>ghi chú</text:p>'
        '</office:annotation><text:p>TRUE</text:p></table:table-cell></table:table-row>'
        '<table:table-row table:number-rows-repeated="1048570"><table:table-cell '
        'table:number-columns-repeated="1024"/></table:table-row></table:table>'
        '<table:table table:name="Hai"><table:table-row><table:table-cell '
        'office:value-type="percentage" office:value="0.5"><text:p>50%%</text:p>'
        '</table:table-cell></table:table-row></table:table>'
        '</office:spreadsheet></office:body></office:document-content>' % ns)
    write("ods", "small.ods", zip_bytes(
        [("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
         ("content.xml", content),
         ("META-INF/manifest.xml", '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
          'opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" '
          'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
          '</manifest:manifest>')],
        stored=("mimetype",)))

    write("csv", "quoted.csv", 'STT,Họ và tên,"Chức vụ, đơn vị",Điện thoại\r\n'
          '1,"Nguyễn ""Văn"" An","Giám đốc\r\nSở Tư pháp",0912 345 678\r\n2,,,\r\n')
    write("csv", "sep.csv", "sep=;\nHọ và tên;Email\nTrần Thị Bình;binh@backan.gov.vn\n")
    write("csv", "utf16.txt", b"\xff\xfe" + "Họ và tên\tChức vụ\r\nLê Văn Cường\tPhó Giám đốc\r\n"
          .encode("utf-16-le"))
    write("csv", "cp1258.csv", "Họ và tên,Chức vụ\r\nPhạm Đức Dũng,Trưởng phòng\r\n"
          .encode("cp1258", errors="replace"))

    # Legacy text: the first byte picks the font (see FuzzTargets.cpp).
    write("legacy", "tcvn3.txt", b"\x01" + "NguyÔn V¨n An, Gi¸m ®èc Së T­ ph¸p".encode("cp1252",
                                                                                  errors="replace"))
    write("legacy", "tcvn3h.txt", b"\x02" + "NGUYÔN V¡N AN".encode("cp1252", errors="replace"))
    write("legacy", "vni.txt", b"\x03" + "Nguye\xe3n Va\xf8n An".encode("latin-1"))
    write("legacy", "unicode.txt", b"\x00" + "Nguyễn Văn An — Sở Tư pháp".encode("utf-8"))
    write("legacy", "cp1258.txt", b"\x04" + "Tiếng Việt".encode("cp1258", errors="replace"))


if __name__ == "__main__":
    main()
