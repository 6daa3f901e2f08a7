// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QPointer>
#include <QStringList>

class QTextBrowser;

namespace yc {

class Project;
class Selection;

/// The work report as readable text: sections, paragraph topics and sentences. Sentences linked to plan
/// features are marked and clickable; clicking one selects its features, and selecting features elsewhere
/// highlights their sentences.
class ReportDock : public QDockWidget {
    Q_OBJECT
public:
    ReportDock(Selection *selection, QWidget *parent = nullptr);

    /// Shows `project`'s report (not owned; call again when the project is replaced).
    void setProject(const Project *project);
    /// Selects the features linked to sentence `id`, as a click on it does.
    void activateSentence(const QString &id);
    /// Sentences currently highlighted.
    const QStringList &highlightedSentenceIds() const { return mHighlighted; }
    /// The plain text shown (for tests and copy).
    QString plainText() const;

private:
    void onSelectionChanged();
    void rebuild();

    Selection *mSelection;
    QPointer<const Project> mProject;
    QTextBrowser *mBrowser;
    QStringList mHighlighted;
};

} // namespace yc
