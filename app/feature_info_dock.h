// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>
#include <QPointer>

class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTextBrowser;

namespace yc {

class Project;
class Selection;

/// Describes the selection. One feature: names, category, county, coordinates, location confidence, status with
/// its history, linked targets with their current values, and the linked report sentences inside their paragraphs
/// (clicking one asks the report browser to show it; ✕ unlinks it); "Change status…" records a new status and
/// "Link sentence…" links another sentence, both as undoable commands.
/// Several features: a sortable table (double-clicking a row selects that feature).
/// A sentence with no feature: its text and an offer to add a feature for it.
class FeatureInfoDock : public QDockWidget {
    Q_OBJECT
public:
    FeatureInfoDock(Selection *selection, QWidget *parent = nullptr);
    /// The project shown and edited (not owned; call again when the project is replaced).
    void setProject(Project *project);
    /// The text shown (for tests): the description of one feature, or the table's rows.
    QString text() const;
    /// The table shown for a multiple selection.
    QTableWidget *table() const { return mTable; }
    /// Opens the status dialog for the selected feature (the "Change status…" button).
    void changeStatus();
    /// Opens the dialog that links another report sentence to the selected feature (the "Link sentence…" button).
    void chooseSentenceToLink();
    /// Links / unlinks the selected feature and sentence `sentenceId` (undoable).
    void linkSentence(const QString &sentenceId);
    void unlinkSentence(const QString &sentenceId);
    QTextBrowser *browser() const { return mBrowser; }

Q_SIGNALS:
    /// A linked sentence was clicked: the report browser should show it.
    void sentenceActivated(const QString &sentenceId);
    /// "Add a feature for this sentence" was clicked for a sentence without features.
    void addFeatureRequested(const QString &sentenceId);

private:
    void refresh();
    QString featureHtml(const QString &featureId) const;
    QString sentenceHtml(const QString &sentenceId) const;
    void fillTable(const QStringList &featureIds);

    Selection *mSelection;
    QPointer<Project> mProject;
    QStackedWidget *mStack;
    QTextBrowser *mBrowser;
    QPushButton *mStatusButton;
    QPushButton *mLinkButton;
    QTableWidget *mTable;
};

} // namespace yc
