<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <name>ttcs::ui::ReportsPage</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
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
