// Work that can take seconds (a 3,000-page list as PDF, a spreadsheet of
// 100,000 people, printing) run on a thread of its own behind a progress
// dialog with Cancel: the window keeps drawing, and Cancel gives the window
// back at once. Because a cancelled task may run on until its next check,
// the work must own everything it touches: copies of its data, its own
// database connection, its own printer. It hands its result back through
// what it captured; the caller writes files only once the task has
// finished, so a cancelled task leaves nothing behind.
#pragma once

#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace ttcs::ui {

// What the work reports to, and asks whether it should stop.
class TaskProgress final
{
public:
    // `done` steps of `total`; false once the user has cancelled.
    bool report(int done, int total);
    bool isCancelled() const { return m_cancelled.load(); }

    void cancel() { m_cancelled = true; }
    int done() const { return m_done.load(); }
    int total() const { return m_total.load(); }

private:
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

// Tasks still running, cancelled ones included.
int backgroundTasksRunning();
// Waits until every task has ended (cancelled ones stop at their next
// check); called before the application goes away.
void waitForBackgroundTasks();

} // namespace ttcs::ui
