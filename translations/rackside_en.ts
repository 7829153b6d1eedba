<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Site::DhcpdConfReader</name>
    <message numerus="yes">
        <source>the text ends with %n blocks still open, the outermost opened at line %1: it may be cut off</source>
        <translation>
            <numerusform>the text ends with one block still open, the outermost opened at line %1: it may be cut off</numerusform>
            <numerusform>the text ends with %n blocks still open, the outermost opened at line %1: it may be cut off</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Site::DnsmasqReader</name>
    <message numerus="yes">
        <source>further problems on this line are not listed (%n more)</source>
        <translation>
            <numerusform>further problems on this line are not listed (1 more)</numerusform>
            <numerusform>further problems on this line are not listed (%n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MAC addresses share this line (dnsmasq gives the address to whichever asks): imported as one host each</source>
        <translation>
            <numerusform>%n MAC address shares this line (dnsmasq gives the address to whichever asks): imported as one host each</numerusform>
            <numerusform>%n MAC addresses share this line (dnsmasq gives the address to whichever asks): imported as one host each</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Site::HostCheck</name>
    <message numerus="yes">
        <source>%1 has %n hex digit(s); a MAC address has 12</source>
        <translation>
            <numerusform>%1 has %n hex digit; a MAC address has 12</numerusform>
            <numerusform>%1 has %n hex digits; a MAC address has 12</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n part(s); IPv4 has four, as in 10.0.0.20</source>
        <translation>
            <numerusform>%1 has %n part; IPv4 has four, as in 10.0.0.20</numerusform>
            <numerusform>%1 has %n parts; IPv4 has four, as in 10.0.0.20</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n characters long; a host name has at most 63</source>
        <translation>
            <numerusform>%1 is %n character long; a host name has at most 63</numerusform>
            <numerusform>%1 is %n characters long; a host name has at most 63</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Site::ReadableText</name>
    <message numerus="yes">
        <source>the text ends in %n NUL bytes: it may not have been written completely</source>
        <translation>
            <numerusform>the text ends in one NUL byte: it may not have been written completely</numerusform>
            <numerusform>the text ends in %n NUL bytes: it may not have been written completely</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Site::SiteEditor</name>
    <message numerus="yes">
        <source>point %n host(s) at menu %1</source>
        <translation>
            <numerusform>point %n host at menu %1</numerusform>
            <numerusform>point %n hosts at menu %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::HostsPage</name>
    <message numerus="yes">
        <source>Added %n hosts from %1 (%2).</source>
        <translation>
            <numerusform>Added %n host from %1 (%2).</numerusform>
            <numerusform>Added %n hosts from %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hosts imported.</source>
        <translation>
            <numerusform>%n host imported.</numerusform>
            <numerusform>%n hosts imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n things to look at:</source>
        <translation>
            <numerusform>%n thing to look at:</numerusform>
            <numerusform>%n things to look at:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::HostsTableModel</name>
    <message numerus="yes">
        <source>remove %n host(s)</source>
        <translation>
            <numerusform>remove %n host</numerusform>
            <numerusform>remove %n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paste %n host(s)</source>
        <translation>
            <numerusform>paste %n host</numerusform>
            <numerusform>paste %n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>give %n host(s) the default menu</source>
        <translation>
            <numerusform>give %n host the default menu</numerusform>
            <numerusform>give %n hosts the default menu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>give %n host(s) menu %1</source>
        <translation>
            <numerusform>give %n host menu %1</numerusform>
            <numerusform>give %n hosts menu %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message numerus="yes">
        <source>Imported %n hosts from %1 (%2)</source>
        <translation>
            <numerusform>Imported %n host from %1 (%2)</numerusform>
            <numerusform>Imported %n hosts from %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machines</source>
        <translation>
            <numerusform>%n machine</numerusform>
            <numerusform>%n machines</numerusform>
        </translation>
    </message>
</context>
</TS>
