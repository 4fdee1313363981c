# A new file's mode is 0666 less the guest's umask, whatever it is.
umask 002; touch c
umask 000; touch z
stat -c '%n %a' c z
