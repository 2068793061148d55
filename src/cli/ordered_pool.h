// Work on a stream of items with N threads, handed back in the order the
// items came in: `whosaid extract --jobs N` analyses documents in parallel and
// still writes them in input order, byte for byte what one job writes.
//
// Memory is bounded by the caller: it submits while in_flight() is under its
// window and takes the oldest item back (waiting for it) otherwise, so a
// stream stays a stream.
//
//   OrderedPool<Item> pool(4, [](Item& item) { ... analyse ... });
//   pool.submit(std::move(item));
//   Item done;
//   while (pool.take_oldest(done, /*wait=*/false)) ... write it ...
//
// The worker threads block SIGINT, SIGTERM and SIGHUP, so those signals are
// handled on the submitting thread, the one that writes the output.
#pragma once

#include <signal.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace whosaid::cli {

template <class Item>
class OrderedPool {
 public:
  OrderedPool(unsigned threads, std::function<void(Item&)> work) : work_(std::move(work)) {
    sigset_t blocked, previous;
    sigemptyset(&blocked);
    for (int s : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&blocked, s);
    pthread_sigmask(SIG_BLOCK, &blocked, &previous);  // inherited by the threads
    for (unsigned i = 0; i < threads; ++i) threads_.emplace_back([this] { run(); });
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  }
  ~OrderedPool() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
      pending_.clear();  // items not started are dropped; started ones finish
    }
    work_ready_.notify_all();
    for (std::thread& t : threads_) t.join();
  }
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  void submit(Item item) {
    {
      std::lock_guard lock(mutex_);
      slots_.push_back(Slot{std::move(item), false});
      pending_.push_back(&slots_.back());  // deque: references stay valid
    }
    work_ready_.notify_one();
  }

  // Moves the oldest item into `out` once its work is done; with wait=false,
  // false at once when it is not done yet. False when nothing is in flight.
  bool take_oldest(Item& out, bool wait) {
    std::unique_lock lock(mutex_);
    if (slots_.empty()) return false;
    if (wait) item_done_.wait(lock, [this] { return slots_.front().done; });
    if (!slots_.front().done) return false;
    out = std::move(slots_.front().item);
    slots_.pop_front();
    return true;
  }

  size_t in_flight() const {
    std::lock_guard lock(mutex_);
    return slots_.size();
  }

 private:
  struct Slot {
    Item item;
    bool done;
  };

  void run() {
    std::unique_lock lock(mutex_);
    for (;;) {
      work_ready_.wait(lock, [this] { return stopping_ || !pending_.empty(); });
      if (pending_.empty()) return;  // stopping
      Slot* slot = pending_.front();
      pending_.pop_front();
      lock.unlock();
      work_(slot->item);
      lock.lock();
      slot->done = true;
      item_done_.notify_all();
    }
  }

  std::function<void(Item&)> work_;
  mutable std::mutex mutex_;
  std::condition_variable work_ready_, item_done_;
  std::deque<Slot> slots_;     // in submission order
  std::deque<Slot*> pending_;  // not started yet
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace whosaid::cli
