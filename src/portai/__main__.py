"""`python -m portai`."""

from portai.cli import main

if __name__ == "__main__":
    main()
