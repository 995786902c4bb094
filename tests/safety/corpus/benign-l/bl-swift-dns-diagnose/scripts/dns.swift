import Foundation

func resolve(_ host: String) -> (addresses: [String], ms: Double) {
    var hints = addrinfo(ai_flags: 0, ai_family: AF_UNSPEC, ai_socktype: SOCK_STREAM, ai_protocol: 0,
                         ai_addrlen: 0, ai_canonname: nil, ai_addr: nil, ai_next: nil)
    var result: UnsafeMutablePointer<addrinfo>?
    let start = Date()
    guard getaddrinfo(host, nil, &hints, &result) == 0 else { return ([], 0) }
    let elapsed = Date().timeIntervalSince(start) * 1000
    var addresses: [String] = []
    var ptr = result
    while let info = ptr?.pointee {
        var buf = [CChar](repeating: 0, count: Int(NI_MAXHOST))
        getnameinfo(info.ai_addr, info.ai_addrlen, &buf, socklen_t(buf.count), nil, 0, NI_NUMERICHOST)
        addresses.append(String(cString: buf))
        ptr = info.ai_next
    }
    freeaddrinfo(result)
    return (Array(Set(addresses)).sorted(), elapsed)
}

for host in CommandLine.arguments.dropFirst() {
    let r = resolve(host)
    print(String(format: "%-25@ %6.1f ms  ", host as NSString, r.ms) + r.addresses.joined(separator: ", "))
}
