// SPDX-License-Identifier: GPL-3.0-or-later
// Reading QPdfWriter's object structure and appending incremental updates that poppler reads back.
#include "layout/pdf_file.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace yc;

namespace {

QByteArray twoPagePdf()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(QStringLiteral("two pages"));
        QPainter p(&writer);
        p.drawText(QPointF(100, 100), QStringLiteral("one"));
        writer.newPage();
        p.drawText(QPointF(100, 100), QStringLiteral("two"));
    }
    return buffer.data();
}

QString pdfinfo(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000)) {
        ADD_FAILURE() << "pdfinfo (poppler-utils) is required";
        return {};
    }
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

} // namespace

TEST(PdfFile, ReadsQPdfWritersObjects)
{
    const std::optional<PdfFile> file = PdfFile::parse(twoPagePdf());
    ASSERT_TRUE(file);
    EXPECT_GT(file->root(), 0);
    EXPECT_GT(file->info(), 0);
    EXPECT_EQ(file->size(), int(file->objects().rbegin()->first) + 1);
    const QList<int> pages = file->pages();
    ASSERT_EQ(pages.size(), 2);
    for (const int page : pages)
        EXPECT_TRUE(file->value(page).contains("/Type /Page")) << file->value(page).toStdString();
    EXPECT_TRUE(file->value(file->root()).contains("/Type /Catalog"));
    EXPECT_EQ(PdfFile::reference("<< /Pages 7 0 R /Kids [] >>", "Pages"), 7);
    EXPECT_EQ(PdfFile::reference("<< /Pages 7 0 R >>", "Kids"), -1);
}

TEST(PdfFile, StreamValueIsItsDictionary)
{
    const std::optional<PdfFile> file = PdfFile::parse(twoPagePdf());
    ASSERT_TRUE(file);
    const int contents = PdfFile::reference(file->value(file->pages().first()), "Contents");
    ASSERT_GT(contents, 0);
    const QByteArray dict = file->value(contents);
    EXPECT_TRUE(dict.startsWith("<<") && dict.endsWith(">>")) << dict.toStdString();
    EXPECT_FALSE(dict.contains("stream"));
}

TEST(PdfFile, UpdatesAreReadBackThroughPrev)
{
    const std::optional<PdfFile> original = PdfFile::parse(twoPagePdf());
    ASSERT_TRUE(original);
    PdfUpdate update(*original);
    EXPECT_TRUE(update.isEmpty());
    EXPECT_EQ(update.finish(), original->bytes());
    // A new revision of the info dictionary and a new stream object.
    update.replace(original->info(), "<< /Title (renamed) /Producer (test) >>");
    const int added = update.addStream("<< /Type /XObject /Subtype /Form /BBox [0 0 1 1] >>", "0 0 m 1 1 l S");
    EXPECT_EQ(added, original->size());
    const QByteArray updated = update.finish();
    ASSERT_TRUE(updated.startsWith(original->bytes()));

    const std::optional<PdfFile> file = PdfFile::parse(updated);
    ASSERT_TRUE(file);
    EXPECT_EQ(file->value(file->info()), "<< /Title (renamed) /Producer (test) >>");
    EXPECT_TRUE(file->value(added).contains("/Length 13"));
    EXPECT_EQ(file->size(), added + 1);
    EXPECT_EQ(file->pages(), original->pages());   // objects of the first revision are still found

    // And poppler reads the revision: the new title, both pages.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("updated.pdf"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(updated);
    f.close();
    const QString info = pdfinfo(path);
    EXPECT_TRUE(info.contains(QLatin1String("renamed"))) << info.toStdString();
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\b")))) << info.toStdString();
    EXPECT_FALSE(info.contains(QLatin1String("Syntax Error"))) << info.toStdString();
}

TEST(PdfFile, RejectsWhatIsNotAPdf)
{
    QString error;
    EXPECT_FALSE(PdfFile::parse("hello", &error));
    EXPECT_FALSE(error.isEmpty());
    error.clear();
    EXPECT_FALSE(PdfFile::parse("%PDF-1.4\nstartxref\n3\n%%EOF\n", &error));
    EXPECT_FALSE(error.isEmpty());
    // A /Prev that points at itself must not hang.
    QByteArray looping = "%PDF-1.4\n";
    const QByteArray at = QByteArray::number(looping.size());
    looping += "xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 /Root 1 0 R /Prev " + at + " >>\nstartxref\n" + at
             + "\n%%EOF\n";
    EXPECT_FALSE(PdfFile::parse(looping, &error));   // it has no catalog, but above all it comes back
}
