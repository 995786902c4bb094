package com.acme.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

public final class ExporterLoader {
    public static List<ReportExporter> loadAll() {
        List<ReportExporter> out = new ArrayList<>();
        for (ReportExporter e : ServiceLoader.load(ReportExporter.class)) {
            out.add(e);
        }
        out.sort((a, b) -> a.format().compareTo(b.format()));
        return out;
    }
}
