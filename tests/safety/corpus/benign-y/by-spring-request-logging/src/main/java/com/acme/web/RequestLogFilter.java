package com.acme.web;

import jakarta.servlet.*;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.io.IOException;

public class RequestLogFilter implements Filter {
    private static final Logger log = LoggerFactory.getLogger("http");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        long t0 = System.nanoTime();
        chain.doFilter(req, res);
        HttpServletRequest r = (HttpServletRequest) req;
        log.info("method={} path={} status={} ms={}", r.getMethod(), r.getRequestURI(),
                ((HttpServletResponse) res).getStatus(), (System.nanoTime() - t0) / 1_000_000);
    }
}
