//! Names CPython 3.11 gives the standard library modules the engine ships but
//! the engine lacks, so using one says "not supported" instead of a plain
//! AttributeError that reads as the reader's mistake. Attributes and
//! submodules alike: `os.path`, `multiprocessing.connection`, `gc.get_count`.
//!
//! `wasm/tests/missing_names.rs` checks the table against CPython and the
//! engine, and prints the up-to-date table when they disagree.

/// One line per module: the module, then its missing names, sorted.
pub const TABLE: &str = "\
_thread RLock exit exit_thread
collections UserString
contextlib AsyncContextDecorator GenericAlias MethodType deque wraps
copy dispatch_table
dataclasses FunctionType GenericAlias
functools GenericAlias RLock get_cache_token namedtuple recursive_repr
gc DEBUG_COLLECTABLE DEBUG_LEAK DEBUG_SAVEALL DEBUG_STATS DEBUG_UNCOLLECTABLE callbacks freeze garbage get_count get_debug get_freeze_count get_objects get_referents get_referrers get_stats get_threshold is_finalized is_tracked set_debug set_threshold unfreeze
logging GenericAlias Template config
logging.handlers BaseRotatingHandler DEFAULT_HTTP_LOGGING_PORT DEFAULT_SOAP_LOGGING_PORT DEFAULT_TCP_LOGGING_PORT DEFAULT_UDP_LOGGING_PORT ST_DEV ST_INO ST_MTIME SYSLOG_TCP_PORT SYSLOG_UDP_PORT
multiprocessing Pipe RawArray RawValue SUBDEBUG SUBWARNING allow_connection_pickling connection context forkserver get_logger heap log_to_stderr managers popen_fork popen_forkserver popen_spawn_posix popen_spawn_win32 process queues reduction resource_sharer resource_tracker set_executable set_forkserver_preload shared_memory sharedctypes spawn synchronize util
multiprocessing.dummy Array Manager Namespace Pipe Value connection dict list shutdown
multiprocessing.pool ExceptionWithTraceback IMapIterator IMapUnorderedIterator INIT MaybeEncodingError RemoteTraceback get_context job_counter mapstar rebuild_exc starmapstar wait
os CLD_CONTINUED CLD_DUMPED CLD_EXITED CLD_KILLED CLD_STOPPED CLD_TRAPPED DirEntry EFD_CLOEXEC EFD_NONBLOCK EFD_SEMAPHORE EX_CANTCREAT EX_CONFIG EX_DATAERR EX_IOERR EX_NOHOST EX_NOINPUT EX_NOPERM EX_NOUSER EX_OK EX_OSERR EX_OSFILE EX_PROTOCOL EX_SOFTWARE EX_TEMPFAIL EX_UNAVAILABLE EX_USAGE F_LOCK F_OK F_TEST F_TLOCK F_ULOCK GRND_NONBLOCK GRND_RANDOM GenericAlias MFD_ALLOW_SEALING MFD_CLOEXEC MFD_HUGETLB MFD_HUGE_16GB MFD_HUGE_16MB MFD_HUGE_1GB MFD_HUGE_1MB MFD_HUGE_256MB MFD_HUGE_2GB MFD_HUGE_2MB MFD_HUGE_32MB MFD_HUGE_512KB MFD_HUGE_512MB MFD_HUGE_64KB MFD_HUGE_8MB MFD_HUGE_MASK MFD_HUGE_SHIFT Mapping MutableMapping NGROUPS_MAX O_ACCMODE O_APPEND O_ASYNC O_CLOEXEC O_CREAT O_DIRECT O_DIRECTORY O_DSYNC O_EXCL O_FSYNC O_LARGEFILE O_NDELAY O_NOATIME O_NOCTTY O_NOFOLLOW O_NONBLOCK O_PATH O_RDONLY O_RDWR O_RSYNC O_SYNC O_TMPFILE O_TRUNC O_WRONLY POSIX_FADV_DONTNEED POSIX_FADV_NOREUSE POSIX_FADV_NORMAL POSIX_FADV_RANDOM POSIX_FADV_SEQUENTIAL POSIX_FADV_WILLNEED POSIX_SPAWN_CLOSE POSIX_SPAWN_DUP2 POSIX_SPAWN_OPEN PRIO_PGRP PRIO_PROCESS PRIO_USER P_ALL P_NOWAIT P_NOWAITO P_PGID P_PID P_PIDFD P_WAIT PathLike RTLD_DEEPBIND RTLD_GLOBAL RTLD_LAZY RTLD_LOCAL RTLD_NODELETE RTLD_NOLOAD RTLD_NOW RWF_APPEND RWF_DSYNC RWF_HIPRI RWF_NOWAIT RWF_SYNC R_OK SCHED_BATCH SCHED_FIFO SCHED_IDLE SCHED_OTHER SCHED_RESET_ON_FORK SCHED_RR SEEK_CUR SEEK_DATA SEEK_END SEEK_HOLE SEEK_SET SPLICE_F_MORE SPLICE_F_MOVE SPLICE_F_NONBLOCK ST_APPEND ST_MANDLOCK ST_NOATIME ST_NODEV ST_NODIRATIME ST_NOEXEC ST_NOSUID ST_RDONLY ST_RELATIME ST_SYNCHRONOUS ST_WRITE TMP_MAX WCONTINUED WCOREDUMP WEXITED WEXITSTATUS WIFCONTINUED WIFEXITED WIFSIGNALED WIFSTOPPED WNOHANG WNOWAIT WSTOPPED WSTOPSIG WTERMSIG WUNTRACED W_OK XATTR_CREATE XATTR_REPLACE XATTR_SIZE_MAX X_OK _exit abort access altsep chdir chmod chown chroot close closerange confstr confstr_names copy_file_range ctermid defpath device_encoding devnull dup dup2 environb error eventfd eventfd_read eventfd_write execl execle execlp execlpe execv execve execvp execvpe extsep fchdir fchmod fchown fdatasync fdopen fork forkpty fpathconf fsdecode fsencode fspath fstat fstatvfs fsync ftruncate fwalk get_blocking get_exec_path get_inheritable get_terminal_size getcwdb getegid getenvb geteuid getgid getgrouplist getgroups getloadavg getlogin getpgid getpgrp getpriority getrandom getresgid getresuid getsid getuid getxattr initgroups isatty kill killpg lchown link listdir listxattr lockf login_tty lseek lstat major makedev makedirs memfd_create minor mkdir mkfifo mknod nice open openpty pardir path pathconf pathconf_names pidfd_open pipe pipe2 popen posix_fadvise posix_fallocate posix_spawn posix_spawnp pread preadv putenv pwrite pwritev read readlink readv register_at_fork remove removedirs removexattr rename renames replace rmdir scandir sched_get_priority_max sched_get_priority_min sched_getaffinity sched_getparam sched_getscheduler sched_param sched_rr_get_interval sched_setaffinity sched_setparam sched_setscheduler sched_yield sendfile set_blocking set_inheritable setegid seteuid setgid setgroups setpgid setpgrp setpriority setregid setresgid setresuid setreuid setsid setuid setxattr spawnl spawnle spawnlp spawnlpe spawnv spawnve spawnvp spawnvpe splice stat stat_result statvfs statvfs_result strerror supports_bytes_environ supports_dir_fd supports_effective_ids supports_fd supports_follow_symlinks symlink sync sysconf sysconf_names system tcgetpgrp tcsetpgrp terminal_size times times_result truncate ttyname umask uname uname_result unlink unsetenv urandom utime wait wait3 wait4 waitid waitid_result waitpid waitstatus_to_exitcode walk write writev
queue deque time
random BPF LOG4 NV_MAGICCONST RECIP_BPF SG_MAGICCONST TWOPI
signal ITIMER_PROF ITIMER_REAL ITIMER_VIRTUAL ItimerError SIGBUS SIGCLD SIGCONT SIGFPE SIGILL SIGIO SIGIOT SIGPIPE SIGPOLL SIGPROF SIGPWR SIGRTMAX SIGRTMIN SIGSEGV SIGSTKFLT SIGSTOP SIGSYS SIGTRAP SIGTSTP SIGTTIN SIGTTOU SIGURG SIGVTALRM SIGWINCH SIGXCPU SIGXFSZ SIG_BLOCK SIG_SETMASK SIG_UNBLOCK Sigmasks getitimer pidfd_send_signal pthread_kill pthread_sigmask set_wakeup_fd setitimer siginterrupt sigpending sigtimedwait sigwait sigwaitinfo struct_siginfo valid_signals
sys abiflags addaudithook api_version audit base_exec_prefix base_prefix breakpointhook builtin_module_names call_tracing copyright displayhook dont_write_bytecode exec_prefix flags float_info float_repr_style get_asyncgen_hooks get_coroutine_origin_tracking_depth getallocatedblocks getdefaultencoding getdlopenflags getfilesystemencodeerrors getfilesystemencoding getprofile gettrace hash_info implementation int_info is_finalizing maxunicode meta_path orig_argv path_hooks path_importer_cache platlibdir prefix pycache_prefix set_asyncgen_hooks set_coroutine_origin_tracking_depth set_int_max_str_digits setdlopenflags setprofile settrace stdin stdlib_module_names thread_info unraisablehook warnoptions
threading WeakSet
time CLOCK_BOOTTIME CLOCK_MONOTONIC CLOCK_MONOTONIC_RAW CLOCK_PROCESS_CPUTIME_ID CLOCK_REALTIME CLOCK_TAI CLOCK_THREAD_CPUTIME_ID clock_getres clock_gettime clock_gettime_ns clock_settime clock_settime_ns get_clock_info process_time_ns pthread_getcpuclockid strptime thread_time_ns tzset
traceback TracebackException clear_frames print_last suppress walk_stack walk_tb
typing ABCMeta ByteString CT_co EXCLUDED_ATTRIBUTES ForwardRef GenericAlias KT MappingView MethodDescriptorType MethodWrapperType NamedTupleMeta NotRequired ParamSpecArgs ParamSpecKwargs Required SupportsBytes SupportsComplex T T_co T_contra TypeVarTuple Unpack VT VT_co V_co WrapperDescriptorType abstractmethod clear_overloads dataclass_transform defaultdict get_overloads io is_typeddict no_type_check_decorator re
warnings WarningMessage catch_warnings defaultaction filters formatwarning onceregistry resetwarnings showwarning warn_explicit
weakref KeyedRef
";

/// Whether CPython's `module` has `name` and the engine's does not.
pub fn is_missing(module: &str, name: &str) -> bool {
    TABLE.lines().any(|line| {
        let mut words = line.split(' ');
        words.next() == Some(module) && words.any(|w| w == name)
    })
}
