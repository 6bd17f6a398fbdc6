import sys

if sys.argv[1:2] == ["--worker"]:   # bfpp_desktop.worker.FLAG
    # The worker process for printouts and backups: no window, no command line, no Qt.
    from bfpp_desktop.worker import main
else:
    from bfpp_desktop.app import main

sys.exit(main())
