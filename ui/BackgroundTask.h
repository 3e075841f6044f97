// Work that can take seconds (a 3,000-page list as PDF, a spreadsheet of
// 100,000 people, printing) run on a thread of its own behind a progress
// dialog with Cancel: the window keeps drawing, and Cancel gives the window
// back at once. Because a cancelled task may run on until its next check,
// the work must own everything it touches: copies of its data, its own
// database connection, its own printer. It hands its result back through
// what it captured; the caller writes files only once the task has
// finished, so a cancelled task leaves nothing behind.
#pragma once

#include <QPointer>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QWidget;

namespace ttcs::ui {

// What the work reports to, and asks whether it should stop.
class TaskProgress final
{
public:
    // `done` steps of `total`; false once the user has cancelled.
    bool report(int done, int total);
    bool isCancelled() const { return m_cancelled.load(); }

    // Replaces the text of the progress dialog, e.g. with the item being
    // worked on; may be called from the work's thread. The dialog shows the
    // latest at its next look (ten times a second).
    void setLabel(const QString &label);

    void cancel() { m_cancelled = true; }
    int done() const { return m_done.load(); }
    int total() const { return m_total.load(); }
    // The text set since the last call, if any.
    std::optional<QString> takeLabel();

private:
    std::mutex m_labelMutex;
    std::optional<QString> m_label; // guarded by m_labelMutex
    std::atomic<int> m_done{0};
    std::atomic<int> m_total{0};
    std::atomic<bool> m_cancelled{false};
};

enum class TaskEnd
{
    Finished,
    Cancelled
};

// Runs `work` on a thread while a window-modal progress dialog (shown after
// half a second) says `label`; returns when the work has finished or the
// user has cancelled.
TaskEnd runInBackground(QWidget *parent, const QString &title, const QString &label,
                        std::function<void(TaskProgress &)> work);

// A task started by startInBackground(): housekeeping the user did not ask
// for, such as the daily backup, run without a dialog.
class BackgroundJob final
{
public:
    BackgroundJob() = default;

    bool isRunning() const;
    // Tells the work to stop and waits until it has, at its next check;
    // its `ended` call still comes, told it was cancelled.
    void cancelAndWait();

private:
    friend BackgroundJob startInBackground(QObject *, std::function<void(TaskProgress &)>,
                                           std::function<void(TaskEnd)>);
    QPointer<QThread> m_thread;
    std::shared_ptr<TaskProgress> m_progress;
};

// Runs `work` on a thread of its own and returns at once, without a dialog.
// `ended` runs on the GUI thread once the work has ended, unless `context`
// has gone by then. Counted by backgroundTasksRunning(), and cancelled and
// waited for by waitForBackgroundTasks() like the others.
BackgroundJob startInBackground(QObject *context, std::function<void(TaskProgress &)> work,
                                std::function<void(TaskEnd)> ended);

// Tasks still running, cancelled ones included.
int backgroundTasksRunning();
// Waits until every task has ended (cancelled ones stop at their next
// check); called before the application goes away.
void waitForBackgroundTasks();

} // namespace ttcs::ui
