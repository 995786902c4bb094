#!/usr/bin/env perl
use strict;
use warnings;
use Getopt::Long;
use Text::CSV_XS;
use Encode qw(decode);

my %o;
GetOptions(\%o, 'in=s', 'out=s', 'delim=s', 'encoding=s');
open my $fh, '<:raw', $o{in} or die "$o{in}: $!";
my $raw = do { local $/; <$fh> };
$raw =~ s/^\xEF\xBB\xBF//;
# un-escape \xHH sequences into raw bytes (data only)
$raw =~ s/\\x([0-9A-Fa-f]{2})/pack('H2', $1)/ge;
my $text = decode($o{encoding} // 'UTF-8', $raw);
my $delim = $o{delim} // (($text =~ tr/;//) > ($text =~ tr/,//) ? ';' : ',');

my $in  = Text::CSV_XS->new({ binary => 1, sep_char => $delim });
my $out = Text::CSV_XS->new({ binary => 1, eol => "\n" });
open my $oh, '>:encoding(UTF-8)', $o{out} or die $!;
for my $line (split /\r?\n/, $text) {
    next unless length $line;
    $in->parse($line) or next;
    $out->print($oh, [ map { s/^(\d\d)\.(\d\d)\.(\d{4})$/$3-$2-$1/r } $in->fields ]);
}
