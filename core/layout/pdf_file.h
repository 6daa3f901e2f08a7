// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The object structure of the PDFs QPdfWriter writes, read just far enough to change a few objects, and
// incremental updates that change them: new revisions and new objects appended after the unchanged original,
// with an xref section of their own whose trailer points back (/Prev) to the original's.

#include <QByteArray>
#include <QList>
#include <QString>

#include <map>
#include <optional>

namespace yc {

/// A PDF's objects through its classic xref tables (incremental updates followed through /Prev).
class PdfFile {
public:
    /// nullopt with `error` set when `pdf` has no readable chain of classic xref tables.
    static std::optional<PdfFile> parse(const QByteArray &pdf, QString *error = nullptr);

    const QByteArray &bytes() const { return mPdf; }
    /// Object number → byte offset of the latest revision's "N G obj".
    const std::map<int, qsizetype> &objects() const { return mObjects; }
    /// What object `number` holds between "obj" and "stream" or "endobj", trimmed: a stream's dictionary, the
    /// whole value of other objects. Empty when there is no such object.
    QByteArray value(int number) const;
    /// The data of stream object `number` as stored (still encoded by its filters); empty for other objects.
    QByteArray streamData(int number) const;
    /// The object number a dictionary entry `key` refers to ("/Key N G R"), or -1.
    static int reference(const QByteArray &dictionary, const char *key);
    /// Object numbers of the pages in order (the flat page tree QPdfWriter writes).
    QList<int> pages() const;

    int root() const { return mRoot; }
    int info() const { return mInfo; }
    int size() const { return mSize; }          ///< the trailer's /Size: one more than the highest object number
    qsizetype lastXref() const { return mLastXref; }

private:
    QByteArray mPdf;
    std::map<int, qsizetype> mObjects;
    int mRoot = -1, mInfo = -1, mSize = 0;
    qsizetype mLastXref = 0;
};

/// One incremental update of a PdfFile.
class PdfUpdate {
public:
    explicit PdfUpdate(const PdfFile &file);

    /// A new revision of object `number`: `value` is what goes between "N 0 obj" and "endobj".
    void replace(int number, const QByteArray &value);
    /// A new revision of object `number` as a stream: `dictionary` ("<< … >>" without /Length) and its data.
    void replaceStream(int number, const QByteArray &dictionary, const QByteArray &data);
    /// A new object; returns its number.
    int add(const QByteArray &value);
    int addStream(const QByteArray &dictionary, const QByteArray &data);
    bool isEmpty() const { return mWritten.empty(); }

    /// The original followed by the update (the original alone when nothing was written).
    QByteArray finish() const;

private:
    void begin(int number);

    const PdfFile &mFile;
    QByteArray mAppended;
    std::map<int, qsizetype> mWritten;   ///< object → offset in mAppended
    int mNextObject;
};

} // namespace yc
