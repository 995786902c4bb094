use strict;
use warnings;

my $bastion = $ENV{BASTION} or die "set BASTION=user\@host\n";
my $db = $ENV{DB_HOST} or die "set DB_HOST to the private database address\n";
my $local_port = $ENV{LOCAL_PORT} // 15432;

my @cmd = ('ssh', '-N', '-o', 'ExitOnForwardFailure=yes', '-L', "127.0.0.1:$local_port:$db:5432", $bastion);

my $pid = fork() // die "fork: $!\n";
if ($pid == 0) {
    exec @cmd or die "ssh: $!\n";
}

$SIG{INT} = $SIG{TERM} = sub { kill 'TERM', $pid; waitpid $pid, 0; print "\ntunnel closed\n"; exit 0 };
print "tunnel up: psql -h 127.0.0.1 -p $local_port\n";
print "press Ctrl-C to close\n";
waitpid $pid, 0;
print "ssh exited with status ", $? >> 8, "\n";
