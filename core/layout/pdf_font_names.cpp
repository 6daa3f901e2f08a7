// SPDX-License-Identifier: GPL-3.0-or-later
#include "layout/pdf_font_names.h"

#include <QHash>
#include <QRegularExpression>

namespace yc {

void tagFontSubsets(const PdfFile &file, PdfUpdate &update)
{
    static const QRegularExpression taggedName(QStringLiteral("/FontName\\s*/([A-Z]{6})\\+([^\\s/<>\\[\\]()]+)"));
    static const QRegularExpression baseFont(QStringLiteral("/BaseFont\\s*/([^\\s/<>\\[\\]()+]+)(?=[\\s/>])"));
    QHash<QString, QString> tagOf;   // font name → subset tag
    QList<int> fonts;
    for (const auto &[object, offset] : file.objects()) {
        const QByteArray dict = file.value(object);
        if (!dict.startsWith("<<") || !dict.endsWith(">>"))
            continue;
        if (dict.contains("/Type /FontDescriptor")) {
            const QRegularExpressionMatch m = taggedName.match(QString::fromLatin1(dict));
            if (m.hasMatch())
                tagOf.insert(m.captured(2), m.captured(1));
        } else if (dict.contains("/Type /Font")) {
            fonts << object;
        }
    }
    for (const int object : std::as_const(fonts)) {
        QByteArray dict = file.value(object);
        const QRegularExpressionMatch m = baseFont.match(QString::fromLatin1(dict));
        const QString tag = m.hasMatch() ? tagOf.value(m.captured(1)) : QString();
        if (tag.isEmpty())
            continue;
        dict.replace(m.capturedStart(), m.capturedLength(), "/BaseFont /" + tag.toLatin1() + '+' + m.captured(1).toLatin1());
        update.replace(object, dict);
    }
}

} // namespace yc
