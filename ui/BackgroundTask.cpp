#include "BackgroundTask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QList>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <memory>

namespace ttcs::ui {

namespace {

struct RunningTask
{
    QThread *thread;
    std::shared_ptr<TaskProgress> progress;
};

// Touched on the GUI thread only.
QList<RunningTask> &running()
{
    static QList<RunningTask> tasks;
    return tasks;
}

void forget(QThread *thread)
{
    running().removeIf([thread](const RunningTask &t) { return t.thread == thread; });
}

// A task cancelled by the user may still be running when the application
// quits: it is told to stop and waited for.
void waitAtQuit()
{
    static const bool connected = [] {
        QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit,
                         QCoreApplication::instance(), &waitForBackgroundTasks);
        return true;
    }();
    Q_UNUSED(connected)
}

// The thread of `work`, known to running() until it has ended.
QThread *startThread(std::shared_ptr<TaskProgress> progress,
                     std::function<void(TaskProgress &)> work)
{
    waitAtQuit();
    QThread *thread =
        QThread::create([progress, work = std::move(work)] { work(*progress); });
    thread->setObjectName(QStringLiteral("ttcs-task"));
    running().append({thread, progress});
    QObject::connect(thread, &QThread::finished, thread, [thread] {
        forget(thread);
        thread->deleteLater();
    });
    return thread;
}

} // namespace

bool TaskProgress::report(int done, int total)
{
    m_total = total;
    m_done = done;
    return !m_cancelled.load();
}

void TaskProgress::setLabel(const QString &label)
{
    const std::lock_guard<std::mutex> lock(m_labelMutex);
    m_label = label;
}

std::optional<QString> TaskProgress::takeLabel()
{
    const std::lock_guard<std::mutex> lock(m_labelMutex);
    std::optional<QString> label;
    label.swap(m_label);
    return label;
}

TaskEnd runInBackground(QWidget *parent, const QString &title, const QString &label,
                        std::function<void(TaskProgress &)> work)
{
    auto progress = std::make_shared<TaskProgress>();
    QThread *thread = startThread(progress, std::move(work));

    QProgressDialog dialog(label, QCoreApplication::translate("ttcs::ui::BackgroundTask", "Cancel"),
                           0, 0, parent);
    dialog.setObjectName(QStringLiteral("taskProgress"));
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumDuration(500);
    dialog.setValue(0);

    bool cancelled = false;
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, [&] {
        cancelled = true;
        progress->cancel();
        loop.quit();
    });
    // The bar follows the work's own count; until it reports, it only says
    // that something is going on.
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&dialog, &progress] {
        const int total = progress->total();
        if (total > 0 && dialog.maximum() != total)
            dialog.setMaximum(total);
        if (total > 0)
            dialog.setValue(std::min(progress->done(), total - 1));
        if (const std::optional<QString> text = progress->takeLabel())
            dialog.setLabelText(*text);
    });
    poll.start();
    thread->start();
    loop.exec();
    poll.stop();
    // Cancel pressed as the work ended still counts: nothing is kept.
    return cancelled ? TaskEnd::Cancelled : TaskEnd::Finished;
}

BackgroundJob startInBackground(QObject *context, std::function<void(TaskProgress &)> work,
                                std::function<void(TaskEnd)> ended)
{
    BackgroundJob job;
    job.m_progress = std::make_shared<TaskProgress>();
    QThread *thread = startThread(job.m_progress, std::move(work));
    job.m_thread = thread;
    // Queued to the GUI thread; dropped with `context`.
    QObject::connect(thread, &QThread::finished, context,
                     [progress = job.m_progress, ended = std::move(ended)] {
                         ended(progress->isCancelled() ? TaskEnd::Cancelled : TaskEnd::Finished);
                     });
    thread->start();
    return job;
}

bool BackgroundJob::isRunning() const
{
    return m_thread && !m_thread->isFinished();
}

void BackgroundJob::cancelAndWait()
{
    if (!m_thread)
        return;
    m_progress->cancel();
    m_thread->wait();
    // Its queued clean-up deletes the thread later; it no longer counts.
    forget(m_thread.data());
    m_thread.clear();
}

int backgroundTasksRunning()
{
    return int(running().size());
}

void waitForBackgroundTasks()
{
    const QList<RunningTask> tasks = running();
    for (const RunningTask &task : tasks) {
        task.progress->cancel();
        task.thread->wait();
        forget(task.thread);
        delete task.thread; // its queued clean-up goes with it
    }
}

} // namespace ttcs::ui
