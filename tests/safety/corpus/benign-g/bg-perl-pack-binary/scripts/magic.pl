use strict; use warnings;
my %magic = ('89504e47' => 'PNG', '25504446' => 'PDF', '504b0304' => 'ZIP', '7f454c46' => 'ELF');
open my $fh, '<:raw', $ARGV[0] or die "$!\n";
read $fh, my $head, 4;
my $hex = unpack('H*', $head);
print "$ARGV[0]: ", ($magic{$hex} // "unknown ($hex)"), "\n";
