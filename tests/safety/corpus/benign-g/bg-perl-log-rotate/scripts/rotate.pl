use strict; use warnings; use File::Find;
my $dir = shift or die "usage: rotate.pl LOGDIR\n";
die "$dir is not a directory\n" unless -d $dir;
find(sub {
    return unless -f $_ && /\.log(\.\d+)?$/;
    if (-M $_ > 14) { unlink $_ and print "deleted $File::Find::name\n" }
    elsif (-M $_ > 1 && !/\.gz$/) { system('gzip', '-9', $_) }
}, $dir);
