# tar keeps hard links as links.
mkdir s
echo x > s/a
ln s/a s/b
tar cf t.tar s
mkdir o
tar xf t.tar -C o
stat -c '%n %h' o/s/a o/s/b
[ "$(stat -c %i o/s/a)" = "$(stat -c %i o/s/b)" ] && echo linked
