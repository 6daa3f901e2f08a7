// SPDX-License-Identifier: GPL-3.0-or-later
#include "layout/pdf_file.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cctype>
#include <set>

namespace yc {

namespace {

/// Translation context (a class, so that lupdate files the strings under it).
struct PdfFileText {
    Q_DECLARE_TR_FUNCTIONS(yc::PdfFile)
};

/// Reads the xref section at `offset` into `objects` (entries already there, from a newer section, win) and
/// returns the offset of its trailer dictionary's "trailer" keyword, or -1.
qsizetype readXrefSection(const QByteArray &pdf, qsizetype offset, std::map<int, qsizetype> &objects)
{
    if (offset < 0 || !pdf.mid(offset, 4).startsWith("xref"))
        return -1;
    qsizetype pos = pdf.indexOf('\n', offset) + 1;
    static const QRegularExpression subsection(QStringLiteral("^(\\d+) (\\d+)\\s*$"));
    while (pos > 0 && pos < pdf.size()) {
        const qsizetype eol = pdf.indexOf('\n', pos);
        const QString line = QString::fromLatin1(pdf.mid(pos, eol - pos)).trimmed();
        if (line.startsWith(QLatin1String("trailer")))
            return pos;
        const QRegularExpressionMatch m = subsection.match(line);
        if (!m.hasMatch())
            return -1;
        const int first = m.captured(1).toInt();
        const int count = m.captured(2).toInt();
        pos = eol + 1;
        for (int i = 0; i < count; ++i, pos += 20) {
            const QByteArray entry = pdf.mid(pos, 20);
            if (entry.size() < 18)
                return -1;
            if (entry.at(17) == 'n')
                objects.emplace(first + i, entry.left(10).toLongLong());
        }
    }
    return -1;
}

int integerEntry(const QByteArray &dictionary, const char *key)
{
    const QRegularExpression re(QStringLiteral("/%1\\s+(\\d+)").arg(QLatin1String(key)));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(dictionary));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

std::optional<PdfFile> PdfFile::parse(const QByteArray &pdf, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<PdfFile> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    PdfFile file;
    file.mPdf = pdf;
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return fail(PdfFileText::tr("not a PDF file (no startxref)"));
    file.mLastXref = pdf.mid(startxref + 9, 32).trimmed().split('\n').value(0).trimmed().toLongLong();
    std::set<qsizetype> seen;   // a /Prev loop in a damaged file must not hang us
    for (qsizetype xref = file.mLastXref; xref >= 0 && seen.insert(xref).second;) {
        const qsizetype trailerAt = readXrefSection(pdf, xref, file.mObjects);
        if (trailerAt < 0)
            return fail(PdfFileText::tr("the PDF has no classic xref table"));
        const qsizetype trailerEnd = pdf.indexOf("startxref", trailerAt);
        const QByteArray trailer = pdf.mid(trailerAt, trailerEnd - trailerAt);
        if (xref == file.mLastXref) {
            file.mRoot = reference(trailer, "Root");
            file.mInfo = reference(trailer, "Info");
        }
        file.mSize = std::max(file.mSize, integerEntry(trailer, "Size"));
        xref = integerEntry(trailer, "Prev");
    }
    if (file.mRoot < 0 || file.mSize <= 0 || !file.mObjects.count(file.mRoot))
        return fail(PdfFileText::tr("the PDF's trailer has no /Root or /Size"));
    return file;
}

QByteArray PdfFile::value(int number) const
{
    const auto it = mObjects.find(number);
    if (it == mObjects.end())
        return {};
    const qsizetype start = mPdf.indexOf("obj", it->second);
    const qsizetype end = mPdf.indexOf("endobj", start);
    if (start < 0 || end < 0)
        return {};
    // A stream's data starts after "stream" right behind its dictionary (not copied: it can be megabytes).
    for (qsizetype stream = mPdf.indexOf("stream", start); stream >= 0 && stream < end;
         stream = mPdf.indexOf("stream", stream + 1)) {
        const QByteArray dictionary = mPdf.mid(start + 3, stream - start - 3).trimmed();
        if (dictionary.endsWith(">>"))
            return dictionary;
    }
    return mPdf.mid(start + 3, end - start - 3).trimmed();
}

QByteArray PdfFile::streamData(int number) const
{
    const QByteArray dictionary = value(number);
    if (!dictionary.endsWith(">>"))
        return {};
    const qsizetype dictionaryAt = mPdf.indexOf(dictionary, mObjects.at(number));
    if (dictionaryAt < 0)
        return {};
    qsizetype start = dictionaryAt + dictionary.size();
    while (start < mPdf.size() && std::isspace(static_cast<unsigned char>(mPdf.at(start))))
        ++start;
    if (mPdf.mid(start, 6) != "stream")
        return {};   // not a stream object
    start += 6;
    if (mPdf.mid(start, 2) == "\r\n")
        start += 2;
    else if (start < mPdf.size() && (mPdf.at(start) == '\n' || mPdf.at(start) == '\r'))
        ++start;
    static const QRegularExpression length(QStringLiteral("/Length\\s+(\\d+)(\\s+\\d+\\s+R)?"));
    const QRegularExpressionMatch m = length.match(QString::fromLatin1(dictionary));
    if (m.hasMatch() && m.captured(2).isEmpty())
        return mPdf.mid(start, m.captured(1).toLongLong());
    const qsizetype end = mPdf.indexOf("endstream", start);   // an indirect /Length: up to the keyword
    return end < 0 ? QByteArray() : mPdf.mid(start, end - start);
}

int PdfFile::reference(const QByteArray &dictionary, const char *key)
{
    const QRegularExpression re(QStringLiteral("/%1\\s+(\\d+)\\s+\\d+\\s+R").arg(QLatin1String(key)));
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(dictionary));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QList<int> PdfFile::pages() const
{
    const QByteArray pagesDict = value(reference(value(mRoot), "Pages"));
    const qsizetype kidsAt = pagesDict.indexOf("/Kids");
    if (kidsAt < 0)
        return {};
    const QByteArray kidsText = pagesDict.mid(kidsAt, pagesDict.indexOf(']', kidsAt) - kidsAt);
    QList<int> kids;
    static const QRegularExpression refRe(QStringLiteral("(\\d+)\\s+\\d+\\s+R"));
    for (const QRegularExpressionMatch &m : refRe.globalMatch(QString::fromLatin1(kidsText)))
        kids << m.captured(1).toInt();
    return kids;
}

PdfUpdate::PdfUpdate(const PdfFile &file) : mFile(file), mNextObject(file.size()) {}

void PdfUpdate::begin(int number)
{
    mWritten[number] = mAppended.size();
    mAppended += QByteArray::number(number) + " 0 obj\n";
}

void PdfUpdate::replace(int number, const QByteArray &value)
{
    begin(number);
    mAppended += value + "\nendobj\n";
}

void PdfUpdate::replaceStream(int number, const QByteArray &dictionary, const QByteArray &data)
{
    begin(number);
    const QByteArray open = dictionary.trimmed();
    mAppended += open.left(open.size() - 2) + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n";
    mAppended += data;
    mAppended += "\nendstream\nendobj\n";
}

int PdfUpdate::add(const QByteArray &value)
{
    replace(mNextObject, value);
    return mNextObject++;
}

int PdfUpdate::addStream(const QByteArray &dictionary, const QByteArray &data)
{
    replaceStream(mNextObject, dictionary, data);
    return mNextObject++;
}

QByteArray PdfUpdate::finish() const
{
    const QByteArray &original = mFile.bytes();
    if (mWritten.empty())
        return original;
    QByteArray out;
    out.reserve(original.size() + mAppended.size() + 64 * qsizetype(mWritten.size()) + 256);
    out += original;
    if (!out.endsWith('\n'))
        out += '\n';
    const qsizetype base = out.size();
    out += mAppended;
    const qsizetype xrefAt = out.size();
    out += "xref\n";
    for (const auto &[object, offset] : mWritten)
        out += QByteArray::number(object) + " 1\n" + QByteArray::number(base + offset).rightJustified(10, '0')
             + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(mNextObject) + " /Root " + QByteArray::number(mFile.root())
         + " 0 R";
    if (mFile.info() >= 0)
        out += " /Info " + QByteArray::number(mFile.info()) + " 0 R";
    out += " /Prev " + QByteArray::number(mFile.lastXref()) + " >>\nstartxref\n" + QByteArray::number(xrefAt)
         + "\n%%EOF\n";
    return out;
}

} // namespace yc
