from chronology.cli import main

raise SystemExit(main())
