package vn.dxhub.mapping.table;

/** What a mapping's {@code fromDocument} reads in a sheet: the "label: value" lines above its table. */
record SheetLabels(TableLayout layout) {

    String label(String name) {
        return layout.label(name);
    }
}
