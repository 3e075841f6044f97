<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ttcs::cli</name>
        <message numerus="yes">
            <source>Wrote %1 (%2, %n task(s)).</source>
            <translation>
                <numerusform>Wrote %1 (%2, %n task).</numerusform>
                <numerusform>Wrote %1 (%2, %n tasks).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::ImportCheckPage</name>
        <message numerus="yes">
            <source>%n rows corrected here.</source>
            <translation>
                <numerusform>%n row corrected here.</numerusform>
                <numerusform>%n rows corrected here.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::ImportFormsCommand</name>
        <message numerus="yes">
            <source>Import of %n progress form(s)</source>
            <translation>
                <numerusform>Import of %n progress form</numerusform>
                <numerusform>Import of %n progress forms</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::ImportLayoutPage</name>
        <message numerus="yes">
            <source>No unit column: the units are taken from %n section row(s) above their people.</source>
            <translation>
                <numerusform>No unit column: the units are taken from the section row above their people.</numerusform>
                <numerusform>No unit column: the units are taken from %n section rows above their people.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::ImportUnitsPage</name>
        <message numerus="yes">
            <source>%1 of %2 units chosen; %n people stay without a unit.</source>
            <translation>
                <numerusform>%1 of %2 units chosen; %n person stays without a unit.</numerusform>
                <numerusform>%1 of %2 units chosen; %n people stay without a unit.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::PlanPage</name>
        <message numerus="yes">
            <source>Its %n sub-task(s) go with it.</source>
            <translation>
                <numerusform>Its %n sub-task goes with it.</numerusform>
                <numerusform>Its %n sub-tasks go with it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::ProgressPage</name>
        <message numerus="yes">
            <source>Every unit (%n form(s), into a folder)</source>
            <translation>
                <numerusform>Every unit (%n form, into a folder)</numerusform>
                <numerusform>Every unit (%n forms, into a folder)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n task(s))</source>
            <translation>
                <numerusform>%1 (%n task)</numerusform>
                <numerusform>%1 (%n tasks)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) were written to %1.</source>
            <translation>
                <numerusform>%n form was written to %1.</numerusform>
                <numerusform>%n forms were written to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n form(s) read.</source>
            <translation>
                <numerusform>%n form read.</numerusform>
                <numerusform>%n forms read.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) added.</source>
            <translation>
                <numerusform>%n row added.</numerusform>
                <numerusform>%n rows added.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) replaced by the form's values.</source>
            <translation>
                <numerusform>%n row replaced by the form's values.</numerusform>
                <numerusform>%n rows replaced by the form's values.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) kept as on record.</source>
            <translation>
                <numerusform>%n row kept as on record.</numerusform>
                <numerusform>%n rows kept as on record.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) unchanged.</source>
            <translation>
                <numerusform>%n row unchanged.</numerusform>
                <numerusform>%n rows unchanged.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) refused.</source>
            <translation>
                <numerusform>%n row refused.</numerusform>
                <numerusform>%n rows refused.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::ReportsPage</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Printing %n page(s)…</source>
            <translation>
                <numerusform>Printing %n page…</numerusform>
                <numerusform>Printing %n pages…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ttcs::ui::UnitPickerDialog</name>
        <message numerus="yes">
            <source>%1 (group, %n units in %2)</source>
            <translation>
                <numerusform>%1 (group, %n unit in %2)</numerusform>
                <numerusform>%1 (group, %n units in %2)</numerusform>
            </translation>
        </message>
    </context>
</TS>
