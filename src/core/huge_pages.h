// HugePageAllocator: a std::allocator for large tables read at random and
// filled at start-up (the tagger's weight rows): a block of 2 MiB or more is
// aligned to 2 MiB and offered to the kernel for transparent huge pages
// (madvise), so that 4 MB of rows cost two page faults instead of a thousand
// (a page fault is a few microseconds on a virtual machine: the rows' faults
// were a quarter of a one-line process's time). Where the kernel offers none
// (transparent_hugepage "never", or not Linux) it is an aligned allocation
// like any other. Smaller blocks are aligned to a cache line.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace whosaid {

template <typename T>
struct HugePageAllocator {
  using value_type = T;
  static constexpr size_t kHugePage = size_t{2} << 20;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}

  T* allocate(size_t n) {
    if (n > static_cast<size_t>(-1) / sizeof(T) / 2) throw std::bad_array_new_length();
    const size_t bytes = n * sizeof(T);
    const size_t align = bytes >= kHugePage ? kHugePage : (alignof(T) > 64 ? alignof(T) : 64);
    const size_t size = (bytes + align - 1) / align * align;
    void* p = std::aligned_alloc(align, size == 0 ? align : size);
    if (p == nullptr) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (align == kHugePage) madvise(p, size, MADV_HUGEPAGE);
#endif
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t) noexcept { std::free(p); }

  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const { return true; }
};

}  // namespace whosaid
