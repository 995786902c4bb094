module helmrefresh

go 1.21
