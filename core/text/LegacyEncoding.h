// Legacy Vietnamese 8-bit encodings found in old spreadsheets: TCVN3 (ABC,
// fonts .VnTime, .VnArial, the all-capitals .VnTimeH ...), VNI (VNI-Times,
// base letter followed by mark characters) and the Windows-1258 code page
// of old CSV files. Everything converts to Unicode NFC.
//
// TCVN3 and VNI text reaches us already as Unicode: Excel and LibreOffice
// read the bytes typed under a legacy font through Windows-1252, so a cell
// that shows "Nguyễn" under .VnTime holds "NguyÔn". The decoders below take
// that Windows-1252 view and give the Vietnamese it stands for.
#pragma once

#include <QByteArrayView>
#include <QString>

namespace ttcs::text {

enum class LegacyEncoding
{
    None,
    Tcvn3,
    Vni
};

// The encoding a font name implies: ".Vn..." is TCVN3, "VNI-..." is VNI.
LegacyEncoding legacyEncodingOfFont(const QString &fontName);

// True for the TCVN3 fonts that draw every letter as a capital (".VnTimeH",
// ".VnArialH"...): the same bytes then stand for capital letters.
bool isCapitalsOnlyFont(const QString &fontName);

// Decides how `text` is encoded. With a legacy font name the font decides,
// unless the text holds characters no legacy text can hold (then it was
// typed in Unicode). Without a font, the text is converted only when it
// reads as broken Vietnamese and its decoding reads as correct Vietnamese:
// proper Unicode Vietnamese is never reported as legacy.
LegacyEncoding detectLegacyEncoding(const QString &text, const QString &fontName = {});

// Decoders from the Windows-1252 view of legacy text to Unicode NFC.
// Characters that are not part of the encoding pass through unchanged.
QString decodeTcvn3(const QString &text);
QString decodeVni(const QString &text);

// The reverse, used to build test data and to check round trips. Capital
// letters with tone marks have no TCVN3 code: they come out as the small
// letter, which is what a capitals-only font displays as a capital.
QString encodeTcvn3(const QString &text);
QString encodeVni(const QString &text);

struct LegacyConversion
{
    QString text;                                   // Unicode NFC
    LegacyEncoding encoding = LegacyEncoding::None; // what it was converted from
};

// Detects and converts in one step; text that is not legacy comes back as
// it was, with encoding None.
LegacyConversion convertLegacyText(const QString &text, const QString &fontName = {});

// Bytes in the Windows-1258 code page to Unicode NFC. The code page writes
// tone marks as separate combining characters after the letter; they are
// composed here.
QString decodeWindows1258(QByteArrayView bytes);

} // namespace ttcs::text
