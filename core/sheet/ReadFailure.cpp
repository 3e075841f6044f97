#include "sheet/ReadFailure.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ttcs::sheet {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number((bytes + 1024 * 1024 - 1) / (1024 * 1024));
}

} // namespace

QString message(const QString &path, const ReadFailure &failure, const ReadLimits &limits)
{
    const QString file = QFileInfo(path).fileName();
    switch (failure.problem) {
    case Problem::CannotOpen:
        return QCoreApplication::translate("ttcs::sheet", "The file %1 cannot be opened.")
            .arg(file);
    case Problem::Empty:
        return QCoreApplication::translate("ttcs::sheet", "The file %1 is empty.").arg(file);
    case Problem::NotSpreadsheet:
        return QCoreApplication::translate(
                   "ttcs::sheet",
                   "The file %1 is not a spreadsheet that can be read. Save it as .xlsx, .xls, "
                   ".ods or .csv and try again.")
            .arg(file);
    case Problem::PasswordProtected:
        return QCoreApplication::translate(
                   "ttcs::sheet",
                   "The workbook %1 is protected with a password. Open it in Excel or LibreOffice, "
                   "remove the password, save it and try again.")
            .arg(file);
    case Problem::HtmlSavedAsXls:
        return QCoreApplication::translate(
                   "ttcs::sheet",
                   "The file %1 is a web page (HTML) saved under a spreadsheet name, not a real "
                   "Excel workbook. Open it in Excel, save it as .xlsx and try again.")
            .arg(file);
    case Problem::BinaryXlsb:
        return QCoreApplication::translate(
                   "ttcs::sheet",
                   "The workbook %1 is in the Excel binary format (.xlsb), which cannot be read. "
                   "Save it as .xlsx and try again.")
            .arg(file);
    case Problem::CorruptZip:
        return QCoreApplication::translate(
                   "ttcs::sheet",
                   "The file %1 is truncated or damaged: its zip archive cannot be read.")
            .arg(file);
    case Problem::CorruptPart:
        return QCoreApplication::translate(
                   "ttcs::sheet",
                   "The file %1 is damaged: the part %2 of its archive cannot be read.")
            .arg(file, failure.part);
    case Problem::MissingPart:
        return QCoreApplication::translate(
                   "ttcs::sheet",
                   "The file %1 is damaged: the part %2 is missing from its archive.")
            .arg(file, failure.part);
    case Problem::NotWellFormed:
        return QCoreApplication::translate(
                   "ttcs::sheet", "The file %1 is damaged: the part %2 is not well-formed XML.")
            .arg(file, failure.part);
    case Problem::Doctype:
        return QCoreApplication::translate(
                   "ttcs::sheet",
                   "The file %1 was refused: the part %2 contains a document type declaration "
                   "(DOCTYPE), which no spreadsheet needs and which can be used to attack the "
                   "program.")
            .arg(file, failure.part);
    case Problem::EntryTooLarge:
        return QCoreApplication::translate(
                   "ttcs::sheet",
                   "The file %1 was refused as too large: the part %2 unpacks to more than %3 MB.")
            .arg(file, failure.part, megabytes(limits.maxEntryBytes));
    case Problem::FileTooLarge:
        return QCoreApplication::translate(
                   "ttcs::sheet", "The file %1 was refused as too large: it is over %2 MB.")
            .arg(file, megabytes(limits.maxEntryBytes));
    case Problem::TooManyCells:
        return QCoreApplication::translate(
                   "ttcs::sheet",
                   "The file %1 was refused as too large: it has more than %2 cells.")
            .arg(file, QString::number(limits.maxCells));
    case Problem::TooManyRows:
        return QCoreApplication::translate(
                   "ttcs::sheet",
                   "The file %1 was refused as too large: the sheet %2 has more than %3 rows.")
            .arg(file, failure.part, QString::number(limits.maxRows));
    case Problem::TooManyColumns:
        return QCoreApplication::translate(
                   "ttcs::sheet",
                   "The file %1 was refused as too large: the sheet %2 has more than %3 columns.")
            .arg(file, failure.part, QString::number(limits.maxColumns));
    case Problem::CellTooLong:
        if (failure.where.isEmpty())
            return QCoreApplication::translate(
                       "ttcs::sheet",
                       "The file %1 was refused: a cell in %2 holds more than %3 characters.")
                .arg(file, failure.part, QString::number(limits.maxCellChars));
        return QCoreApplication::translate(
                   "ttcs::sheet",
                   "The file %1 was refused: the cell %2 of the sheet %3 holds more than %4 "
                   "characters.")
            .arg(file, failure.where, failure.part, QString::number(limits.maxCellChars));
    case Problem::CorruptXls:
        return QCoreApplication::translate(
                   "ttcs::sheet",
                   "The file %1 is a damaged or unsupported Excel 97-2003 (.xls) workbook. Open it "
                   "in Excel or LibreOffice, save it as .xlsx and try again.")
            .arg(file);
    case Problem::NoSheets:
        return QCoreApplication::translate("ttcs::sheet", "The workbook %1 has no worksheet.")
            .arg(file);
    }
    return QCoreApplication::translate("ttcs::sheet", "The file %1 cannot be opened.").arg(file);
}

} // namespace ttcs::sheet
