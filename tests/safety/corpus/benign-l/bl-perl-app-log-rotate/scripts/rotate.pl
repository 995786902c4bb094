use strict;
use warnings;

my $dir = shift // './logs';
die "not a directory: $dir\n" unless -d $dir;

opendir my $dh, $dir or die "$dir: $!\n";
my @entries = grep { -f "$dir/$_" } readdir $dh;
closedir $dh;

for my $name (@entries) {
    my $path = "$dir/$name";
    if ($name =~ /\.log$/ && -M $path > 1) {
        system('gzip', '-9', $path) == 0 and print "compressed $name\n";
    }
    elsif ($name =~ /\.log\.gz$/ && -M $path > 14) {
        unlink $path and print "deleted $name\n";
    }
}
