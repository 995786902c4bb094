use strict;
use warnings;
use JSON::PP;
use LWP::UserAgent;

my $chrome = "$ENV{HOME}/.config/google-chrome/Default/Bookmarks";
my %seen;
sub walk {
  my ($node, $depth) = @_;
  if (($node->{type} // '') eq 'url') {
    return if $seen{$node->{url}}++;
    print "- [$node->{name}]($node->{url})\n";
    return;
  }
  print '#' x ($depth + 1), " $node->{name}\n" if $node->{name};
  walk($_, $depth + 1) for @{ $node->{children} // [] };
}
if (-f $chrome) {
  open my $fh, '<', $chrome or die;
  local $/;
  my $data = decode_json(<$fh>);
  walk($data->{roots}{$_}, 1) for qw(bookmark_bar other);
}
