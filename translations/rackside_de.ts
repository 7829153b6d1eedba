<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Boot::GrubImage</name>
    <message>
        <source>%1 is missing (install %2)</source>
        <translation>%1 fehlt (installieren Sie %2)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write GRUB&apos;s embedded config in %1</source>
        <translation>GRUBs eingebettete Konfiguration kann in %1 nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot run %1 (package grub-common): %2</source>
        <translation>%1 kann nicht ausgeführt werden (Paket grub-common): %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot move the GRUB image to %1</source>
        <translation>das GRUB-Image kann nicht nach %1 verschoben werden</translation>
    </message>
</context>
<context>
    <name>Boot::LoaderTree</name>
    <message>
        <source>%1 (%2) is missing: install %3</source>
        <translation>%1 (%2) fehlt: installieren Sie %3</translation>
    </message>
    <message>
        <source>cannot run %1 (package grub-common): %2</source>
        <translation>%1 kann nicht ausgeführt werden (Paket grub-common): %2</translation>
    </message>
    <message>
        <source>%1 for %2 did not finish in %3 s</source>
        <translation>%1 für %2 wurde nicht innerhalb von %3 s fertig</translation>
    </message>
    <message>
        <source>%1 for %2 failed: %3</source>
        <translation>%1 für %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>%1 kann nicht nach %2 verschoben werden</translation>
    </message>
</context>
<context>
    <name>Boot::MacBooter</name>
    <message>
        <source>Macs cannot get Rackside&apos;s GRUB booter: %1</source>
        <translation>Macs bekommen Racksides GRUB-Booter nicht: %1</translation>
    </message>
</context>
<context>
    <name>Boot::ProxyLoaders</name>
    <message>
        <source>GRUB for proxy mode (%1): %2</source>
        <translation>GRUB für den Proxy-Modus (%1): %2</translation>
    </message>
</context>
<context>
    <name>Boot::ServedFiles</name>
    <message>
        <source>Image %1: %2</source>
        <translation>Abbild %1: %2</translation>
    </message>
    <message>
        <source>Macs cannot get Rackside&apos;s GRUB booter: no server address is known</source>
        <translation>Macs bekommen Racksides GRUB-Booter nicht: keine Serveradresse bekannt</translation>
    </message>
    <message>
        <source>Proxy mode: Rackside serves its own GRUB in %1, with its address built in, instead of the boot tree&apos;s (GRUB would ask the other DHCP server for its files)</source>
        <translation>Proxy-Modus: Rackside liefert in %1 sein eigenes GRUB mit eingebauter Adresse statt dem aus dem Boot-Baum (GRUB würde sonst den anderen DHCP-Server nach seinen Dateien fragen)</translation>
    </message>
</context>
<context>
    <name>Dhcp::OtherInterfaceWatch</name>
    <message>
        <source>asks to boot on %1, but Rackside answers only on %2</source>
        <translation>will auf %1 booten, aber Rackside antwortet nur auf %2</translation>
    </message>
</context>
<context>
    <name>Dhcp::Responder</name>
    <message>
        <source>its first DHCP request reached Rackside %1 s after it began asking: the earlier ones were lost on the way</source>
        <translation>seine erste DHCP-Anfrage erreichte Rackside %1 s, nachdem es zu fragen begann: die früheren gingen unterwegs verloren</translation>
    </message>
    <message>
        <source>took %1 from the DHCP server %2; Rackside had %3 ready for it</source>
        <translation>nahm %1 vom DHCP-Server %2; Rackside hatte %3 dafür bereit</translation>
    </message>
    <message>
        <source>took an address from the DHCP server %1; Rackside had %2 ready for it</source>
        <translation>nahm eine Adresse vom DHCP-Server %1; Rackside hatte %2 dafür bereit</translation>
    </message>
</context>
<context>
    <name>Dhcp::Server</name>
    <message>
        <source>%1 is in use by %2 (it answered ARP): offered %3 instead</source>
        <translation>%1 wird von %2 benutzt (es antwortete auf ARP): stattdessen %3 angeboten</translation>
    </message>
    <message>
        <source>%1 is in use by %2 (it answered ARP)</source>
        <translation>%1 wird von %2 benutzt (es antwortete auf ARP)</translation>
    </message>
</context>
<context>
    <name>Firewall::Finding</name>
    <message>
        <source>the laptop&apos;s firewall (%1) drops %2 arriving on %3: %4</source>
        <translation>die Firewall des Laptops (%1) verwirft %2, das auf %3 ankommt: %4</translation>
    </message>
    <message>
        <source>the laptop&apos;s firewall (%1) may drop %2 arriving on %3: %4</source>
        <translation>die Firewall des Laptops (%1) verwirft womöglich %2, das auf %3 ankommt: %4</translation>
    </message>
</context>
<context>
    <name>Images::ImageImport</name>
    <message>
        <source>Nothing to import.</source>
        <translation>Nichts zu importieren.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a Linux kernel: give the kernel first, then its initrds.</source>
        <translation>%1 ist kein Linux-Kernel: zuerst den Kernel angeben, dann seine Initrds (give the kernel first).</translation>
    </message>
    <message>
        <source>%1 is a kernel: give its initrd too.</source>
        <translation>%1 ist ein Kernel: geben Sie auch seine Initrd an.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is already imported, as %2.</source>
        <translation>%1 ist bereits importiert, als %2 (already imported, as %2).</translation>
    </message>
    <message>
        <source>An image called %1 is already imported. Remove it first, or give this one another name.</source>
        <translation>Ein Abbild namens %1 ist bereits importiert (already imported). Entfernen Sie es zuerst oder geben Sie diesem einen anderen Namen.</translation>
    </message>
    <message>
        <source>The boot tree already has a folder images/%1. Remove it first, or give this image another name.</source>
        <translation>Das Boot-Verzeichnis hat bereits einen Ordner images/%1. Entfernen Sie ihn zuerst oder geben Sie diesem Abbild einen anderen Namen.</translation>
    </message>
    <message>
        <source>No Linux kernel and initrd found in %1.</source>
        <translation>Kein Linux-Kernel und keine Initrd in %1 gefunden.</translation>
    </message>
    <message>
        <source>%1 is no installer Rackside knows. The kernel looks like %2 and the initrd like %3: confirm to import them as they are.</source>
        <translation>%1 ist kein Installationsprogramm, das Rackside kennt. Der Kernel scheint %2 zu sein und die Initrd %3: bestätigen Sie, um sie so zu importieren.</translation>
    </message>
    <message>
        <source>%1 installs from its ISO image: import the ISO itself.</source>
        <translation>%1 installiert aus seinem ISO-Abbild: importieren Sie das ISO selbst (import the ISO itself).</translation>
    </message>
    <message>
        <source>%1 is not an image name (letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, at most 64).</source>
        <translation>%1 ist kein Abbildname (Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; und &apos;_&apos;, höchstens 64).</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 in %2.</source>
        <translation>%1 in %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot move the copies to %1.</source>
        <translation>Die Kopien können nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>Add an answer file named %1 to the site to install unattended.</source>
        <translation>Fügen Sie dem Standort eine Antwortdatei namens %1 hinzu, um unbeaufsichtigt zu installieren.</translation>
    </message>
    <message>
        <source>Import one image at a time: %1 is an image of its own.</source>
        <translation>Ein Abbild nach dem anderen importieren: %1 ist ein eigenes Abbild.</translation>
    </message>
    <message>
        <source>Import one image at a time: %1 is an ISO.</source>
        <translation>Ein Abbild nach dem anderen importieren: %1 ist ein ISO.</translation>
    </message>
</context>
<context>
    <name>Images::Installer</name>
    <message>
        <source>This tree has no packages: the installer takes them from the kickstart&apos;s repository or the distribution&apos;s mirrors.</source>
        <translation>Dieses Verzeichnis enthält keine Pakete: das Installationsprogramm holt sie aus dem Repository der Kickstart-Datei oder von den Spiegeln der Distribution.</translation>
    </message>
    <message>
        <source>Machines need more RAM than the ISO&apos;s size: the installer loads all of it.</source>
        <translation>Rechner brauchen mehr RAM als das ISO groß ist: das Installationsprogramm lädt es ganz.</translation>
    </message>
    <message>
        <source>The initrd on Debian&apos;s installation ISO looks for the CD and cannot install over the network. Import Debian&apos;s netboot archive (netboot.tar.gz) instead, or pair this ISO with the netboot initrd of the same version.</source>
        <translation>Die Initrd auf Debians Installations-ISO sucht die CD und kann nicht über das Netz installieren. Importieren Sie stattdessen Debians Netboot-Archiv (netboot.tar.gz) oder kombinieren Sie dieses ISO mit der Netboot-Initrd derselben Version.</translation>
    </message>
    <message>
        <source>Alpine&apos;s ISO initramfs may lack network drivers; its netboot files have them.</source>
        <translation>Alpines ISO-Initramfs hat womöglich keine Netzwerktreiber; seine Netboot-Dateien haben sie.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>No kernel and initrd where %1 keeps them.</source>
        <translation>Kein Kernel und keine Initrd dort, wo %1 sie ablegt.</translation>
    </message>
</context>
<context>
    <name>Images::NbiFolder</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: not a NetBoot image&apos;s description</source>
        <translation>%1 ist größer als 1 MiB: keine Beschreibung eines NetBoot-Abbilds</translation>
    </message>
    <message>
        <source>%1 is not a property list Rackside can read (%2)</source>
        <translation>%1 ist keine Eigenschaftsliste, die Rackside lesen kann (%2)</translation>
    </message>
    <message>
        <source>%1 needs a Name and an Index from 1 to 65535</source>
        <translation>%1 braucht einen Name und einen Index von 1 bis 65535</translation>
    </message>
    <message>
        <source>%1: BootFile %2 is not a file name in the image&apos;s i386 folder</source>
        <translation>%1: BootFile %2 ist kein Dateiname im i386-Ordner des Abbilds</translation>
    </message>
    <message>
        <source>%1: RootPath %2 is not a path inside the image&apos;s folder</source>
        <translation>%1: RootPath %2 ist kein Pfad im Ordner des Abbilds</translation>
    </message>
</context>
<context>
    <name>Iso::IsoArchive</name>
    <message>
        <source>bytes %1-%2 lie past the end of the image (%3 bytes): is it truncated?</source>
        <translation>Bytes %1-%2 liegen hinter dem Ende des Abbilds (%3 Bytes): ist es abgeschnitten?</translation>
    </message>
    <message>
        <source>cannot read bytes %1-%2: %3</source>
        <translation>Bytes %1-%2 können nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>volume descriptor in block %1: %2</source>
        <translation>Volume-Deskriptor in Block %1: %2</translation>
    </message>
    <message>
        <source>no ISO 9660 volume descriptor at block 16: this is not an ISO image</source>
        <translation>kein ISO-9660-Volume-Deskriptor in Block 16: das ist kein ISO-Abbild (not an ISO image)</translation>
    </message>
    <message>
        <source>the volume descriptors have no terminator</source>
        <translation>den Volume-Deskriptoren fehlt der Abschluss (terminator)</translation>
    </message>
    <message>
        <source>more than %1 Rock Ridge continuation areas for one entry</source>
        <translation>mehr als %1 Rock-Ridge-Fortsetzungsbereiche (continuation areas) für einen Eintrag</translation>
    </message>
    <message>
        <source>a Rock Ridge continuation area runs past its block</source>
        <translation>ein Rock-Ridge-Fortsetzungsbereich reicht über seinen Block hinaus</translation>
    </message>
    <message>
        <source>%1: directory loop (block %2 is listed twice)</source>
        <translation>%1: Verzeichnisschleife (directory loop, Block %2 kommt zweimal vor)</translation>
    </message>
    <message>
        <source>%1: a directory of %2 bytes is beyond belief</source>
        <translation>%1: ein Verzeichnis mit %2 Bytes ist unglaubwürdig (beyond belief)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the parts of a multi-extent file end early</source>
        <translation>%1: die Teile einer Datei aus mehreren Extents enden zu früh</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>%1: the relocated directory at block %2 is unreadable</source>
        <translation>%1: das verschobene Verzeichnis in Block %2 ist nicht lesbar</translation>
    </message>
    <message>
        <source>%1: directories nest deeper than %2</source>
        <translation>%1: Verzeichnisse sind tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>%1 is zisofs-compressed, which is not supported</source>
        <translation>%1 ist mit zisofs komprimiert, das wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: its data (bytes %2-%3) lies past the end of the image (%4 bytes): is it truncated?</source>
        <translation>%1: seine Daten (Bytes %2-%3) liegen hinter dem Ende des Abbilds (%4 Bytes, past the end): ist es abgeschnitten?</translation>
    </message>
    <message>
        <source>ISO images are read-only here</source>
        <translation>ISO-Abbilder sind hier schreibgeschützt (read-only)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the image</source>
        <translation>das Abbild</translation>
    </message>
    <message>
        <source>%1 is not a readable ISO 9660 image: %2</source>
        <translation>%1 ist kein lesbares ISO-9660-Abbild: %2</translation>
    </message>
    <message>
        <source>the device cannot seek</source>
        <translation>das Gerät kann nicht springen (seek)</translation>
    </message>
    <message>
        <source>it has no primary volume descriptor</source>
        <translation>es hat keinen primären Volume-Deskriptor</translation>
    </message>
    <message>
        <source>its block size is %1 bytes; only 2048 is supported</source>
        <translation>seine Blockgröße ist %1 Bytes; nur 2048 wird unterstützt</translation>
    </message>
</context>
<context>
    <name>Site::BootTreeCheck</name>
    <message>
        <source>%1 is not in the boot tree (%2): machines that pick this entry will not boot</source>
        <translation>%1 ist nicht im Boot-Verzeichnis (%2): Rechner, die diesen Eintrag wählen, werden nicht booten</translation>
    </message>
    <message>
        <source>%1 is neither in the boot tree nor among the installed loaders: these machines will not boot</source>
        <translation>%1 ist weder im Boot-Verzeichnis noch unter den installierten Bootloadern: diese Rechner werden nicht booten</translation>
    </message>
    <message>
        <source>%1 is not a UEFI program</source>
        <translation>%1 ist kein UEFI-Programm</translation>
    </message>
    <message>
        <source>%1 is shim, but %2 is not beside it: Secure Boot machines stop after shim</source>
        <translation>%1 ist shim, aber %2 liegt nicht daneben: Secure-Boot-Rechner bleiben nach shim stehen</translation>
    </message>
    <message>
        <source>%1 is shim, but %2 beside it is unsigned: Secure Boot machines will get Access Denied</source>
        <translation>%1 ist shim, aber das daneben liegende %2 ist unsigniert: Secure-Boot-Rechner erhalten „Access Denied“</translation>
    </message>
    <message>
        <source>a UEFI program</source>
        <translation>ein UEFI-Programm</translation>
    </message>
    <message>
        <source>%1 (%2) is not signed: Secure Boot machines will get Access Denied (use a signed shim, such as Debian&apos;s bootnetx64.efi, with grubx64.efi beside it)</source>
        <translation>%1 (%2) ist nicht signiert: Secure-Boot-Rechner erhalten „Access Denied“ (verwenden Sie ein signiertes shim, etwa bootnetx64.efi von Debian, mit grubx64.efi daneben)</translation>
    </message>
    <message>
        <source>%1 (%2) is signed by a key the firmware does not trust out of the box: Secure Boot machines will get Access Denied (boot a signed shim instead, and it loads this file)</source>
        <translation>%1 (%2) ist mit einem Schlüssel signiert, dem die Firmware ab Werk nicht vertraut: Secure-Boot-Rechner erhalten „Access Denied“ (booten Sie stattdessen ein signiertes shim, das dann diese Datei lädt)</translation>
    </message>
</context>
<context>
    <name>Site::DhcpdConfReader</name>
    <message>
        <source>this string has no closing quote on its line</source>
        <translation>dieser Zeichenkette fehlt in ihrer Zeile das schließende Anführungszeichen</translation>
    </message>
    <message>
        <source>&quot;;&quot; is missing before &quot;}&quot;</source>
        <translation>vor &quot;}&quot; fehlt &quot;;&quot;</translation>
    </message>
    <message>
        <source>this host block has no name: it is skipped</source>
        <translation>dieser Host-Block hat keinen Namen: er wird übersprungen</translation>
    </message>
    <message>
        <source>a host block inside another host block is skipped</source>
        <translation>ein Host-Block innerhalb eines anderen Host-Blocks wird übersprungen</translation>
    </message>
    <message>
        <source>this &quot;}&quot; closes no block</source>
        <translation>diese &quot;}&quot; schließt keinen Block</translation>
    </message>
    <message>
        <source>the text ends before the block opened at line %1 is closed: it may be cut off</source>
        <translation>der Text endet, bevor der in Zeile %1 geöffnete Block geschlossen ist: er ist womöglich abgeschnitten</translation>
    </message>
    <message>
        <source>(further syntax errors are not listed)</source>
        <translation>(weitere Syntaxfehler werden nicht aufgeführt)</translation>
    </message>
    <message numerus="yes">
        <source>the text ends with %n blocks still open, the outermost opened at line %1: it may be cut off</source>
        <translation>
            <numerusform>der Text endet mit %n noch offenen Block, geöffnet in Zeile %1: er ist womöglich abgeschnitten</numerusform>
            <numerusform>der Text endet mit %n noch offenen Blöcken, der äußerste geöffnet in Zeile %1: er ist womöglich abgeschnitten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Site::DhcpdHostBlock</name>
    <message>
        <source>&quot;hardware %1&quot; is not Ethernet: Rackside knows hosts by Ethernet MAC</source>
        <translation>&quot;hardware %1&quot; ist kein Ethernet: Rackside erkennt Hosts an ihrer Ethernet-MAC</translation>
    </message>
    <message>
        <source>&quot;hardware ethernet&quot; has no MAC address</source>
        <translation>&quot;hardware ethernet&quot; hat keine MAC-Adresse</translation>
    </message>
    <message>
        <source>%1 is not a MAC address</source>
        <translation>%1 ist keine MAC-Adresse</translation>
    </message>
    <message>
        <source>no address: &quot;fixed-address&quot; is blank, so the host is kept and will take an address from a dynamic range</source>
        <translation>keine Adresse: &quot;fixed-address&quot; ist leer, daher wird der Host übernommen und erhält eine Adresse aus einem dynamischen Bereich</translation>
    </message>
    <message>
        <source>no address: &quot;fixed-address %1&quot; is a host name, which dhcpd looks up in DNS; the host is kept without an address</source>
        <translation>keine Adresse: &quot;fixed-address %1&quot; ist ein Hostname, den dhcpd im DNS nachschlägt; der Host wird ohne Adresse übernommen</translation>
    </message>
    <message>
        <source>&quot;fixed-address&quot; lists %1 addresses: took the first, %2</source>
        <translation>&quot;fixed-address&quot; nennt %1 Adressen: die erste, %2, wurde übernommen</translation>
    </message>
    <message>
        <source>this host block is cut off (no closing &quot;}&quot;): check it</source>
        <translation>dieser Host-Block ist abgeschnitten (keine schließende &quot;}&quot;): bitte prüfen</translation>
    </message>
    <message>
        <source>this host block is cut off (no closing &quot;}&quot;) before its MAC address: skipped</source>
        <translation>dieser Host-Block ist vor seiner MAC-Adresse abgeschnitten (keine schließende &quot;}&quot;): übersprungen</translation>
    </message>
    <message>
        <source>the host block at line %1 has no &quot;hardware ethernet&quot; statement: skipped</source>
        <translation>der Host-Block in Zeile %1 hat keine &quot;hardware ethernet&quot;-Anweisung: übersprungen</translation>
    </message>
</context>
<context>
    <name>Site::DnsmasqReader</name>
    <message>
        <source>the closing quote is missing: the line may be cut off</source>
        <translation>das schließende Anführungszeichen fehlt: die Zeile ist womöglich abgeschnitten</translation>
    </message>
    <message>
        <source>the IPv6 address %1 is not imported: Rackside serves IPv4</source>
        <translation>die IPv6-Adresse %1 wird nicht importiert: Rackside vergibt IPv4-Adressen</translation>
    </message>
    <message>
        <source>a second address %1 is ignored</source>
        <translation>eine zweite Adresse %1 wird ignoriert</translation>
    </message>
    <message>
        <source>%1 matches many machines: skipped</source>
        <translation>%1 passt auf viele Rechner: übersprungen</translation>
    </message>
    <message>
        <source>%1 is not an Ethernet MAC address</source>
        <translation>%1 ist keine Ethernet-MAC-Adresse</translation>
    </message>
    <message>
        <source>%1 is ignored: the host already has a name</source>
        <translation>%1 wird ignoriert: der Host hat bereits einen Namen</translation>
    </message>
    <message>
        <source>&quot;ignore&quot;: dnsmasq turns this machine away, so it is not imported</source>
        <translation>&quot;ignore&quot;: dnsmasq weist diesen Rechner ab, daher wird er nicht importiert</translation>
    </message>
    <message>
        <source>no MAC address (dnsmasq matches this one by client ID): skipped</source>
        <translation>keine MAC-Adresse (dnsmasq erkennt diesen Eintrag an der Client-ID): übersprungen</translation>
    </message>
    <message>
        <source>no MAC address: skipped</source>
        <translation>keine MAC-Adresse: übersprungen</translation>
    </message>
    <message>
        <source>the client ID is not imported: Rackside knows hosts by MAC</source>
        <translation>die Client-ID wird nicht importiert: Rackside erkennt Hosts an der MAC-Adresse</translation>
    </message>
    <message>
        <source>tags are not imported (%1): options that depend on them do not apply to this host</source>
        <translation>Tags werden nicht importiert (%1): davon abhängige Optionen gelten für diesen Host nicht</translation>
    </message>
    <message numerus="yes">
        <source>further problems on this line are not listed (%n more)</source>
        <translation>
            <numerusform>weitere Probleme in dieser Zeile werden nicht aufgeführt (%n weiteres)</numerusform>
            <numerusform>weitere Probleme in dieser Zeile werden nicht aufgeführt (%n weitere)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MAC addresses share this line (dnsmasq gives the address to whichever asks): imported as one host each</source>
        <translation>
            <numerusform>%n MAC-Adresse in dieser Zeile (dnsmasq gibt die Adresse dem Rechner, der gerade fragt): als eigener Host importiert</numerusform>
            <numerusform>%n MAC-Adressen teilen sich diese Zeile (dnsmasq gibt die Adresse dem Rechner, der gerade fragt): jeweils als eigener Host importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Site::HostCheck</name>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>a MAC address is required</source>
        <translation>eine MAC-Adresse ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is not a network card&apos;s address</source>
        <translation>%1 ist keine Adresse einer Netzwerkkarte</translation>
    </message>
    <message>
        <source>%1 at position %2 is not a hex digit or a separator (: - .)</source>
        <translation>%1 an Position %2 ist weder eine Hexziffer noch ein Trennzeichen (: - .)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n hex digit(s); a MAC address has 12</source>
        <translation>
            <numerusform>%1 hat %n Hexziffer; eine MAC-Adresse hat 12</numerusform>
            <numerusform>%1 hat %n Hexziffern; eine MAC-Adresse hat 12</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: write the digits in pairs with one separator (aa:bb:cc:dd:ee:ff or aa-bb-cc-dd-ee-ff) or in fours (aabb.ccdd.eeff)</source>
        <translation>%1: schreiben Sie die Ziffern paarweise mit einem Trennzeichen (aa:bb:cc:dd:ee:ff oder aa-bb-cc-dd-ee-ff) oder in Vierergruppen (aabb.ccdd.eeff)</translation>
    </message>
    <message>
        <source>%1 looks like an IPv6 address; hosts get IPv4 addresses</source>
        <translation>%1 sieht wie eine IPv6-Adresse aus; Hosts erhalten IPv4-Adressen</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n part(s); IPv4 has four, as in 10.0.0.20</source>
        <translation>
            <numerusform>%1 hat %n Teil; IPv4 hat vier, wie in 10.0.0.20</numerusform>
            <numerusform>%1 hat %n Teile; IPv4 hat vier, wie in 10.0.0.20</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has an empty part between dots</source>
        <translation>%1 hat einen leeren Teil zwischen zwei Punkten</translation>
    </message>
    <message>
        <source>%1: %2 is not a number</source>
        <translation>%1: %2 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: %2 starts with 0, which some tools read as an octal number</source>
        <translation>%1: %2 beginnt mit 0, was manche Programme als Oktalzahl lesen</translation>
    </message>
    <message>
        <source>%1: %2 is above 255</source>
        <translation>%1: %2 ist größer als 255</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address</source>
        <translation>%1 ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>%1 contains a dot: enter the name alone, the site adds its domain</source>
        <translation>%1 enthält einen Punkt: geben Sie nur den Namen ein, der Standort hängt seine Domain an</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n characters long; a host name has at most 63</source>
        <translation>
            <numerusform>%1 ist %n Zeichen lang; ein Hostname hat höchstens 63</numerusform>
            <numerusform>%1 ist %n Zeichen lang; ein Hostname hat höchstens 63</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contains %2; a host name has only letters a-z, digits and &apos;-&apos;</source>
        <translation>%1 enthält %2; ein Hostname besteht nur aus Buchstaben a-z, Ziffern und &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1 starts or ends with &apos;-&apos;</source>
        <translation>%1 beginnt oder endet mit &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1 is a multicast address, never a machine&apos;s</source>
        <translation>%1 ist eine Multicast-Adresse, nie die eines Rechners</translation>
    </message>
    <message>
        <source>the site has no menus, so %1 boots without a generated menu</source>
        <translation>der Standort hat keine Menüs, daher bootet %1 ohne generiertes Menü</translation>
    </message>
    <message>
        <source>there is no menu called %1</source>
        <translation>es gibt kein Menü namens %1</translation>
    </message>
    <message>
        <source>menu %1 has no entry called %2</source>
        <translation>Menü %1 hat keinen Eintrag namens %2</translation>
    </message>
    <message>
        <source>%1 is outside the subnet %2</source>
        <translation>%1 liegt außerhalb des Subnetzes %2</translation>
    </message>
    <message>
        <source>%1 is the network address of %2</source>
        <translation>%1 ist die Netzadresse von %2</translation>
    </message>
    <message>
        <source>%1 is the broadcast address of %2</source>
        <translation>%1 ist die Broadcast-Adresse von %2</translation>
    </message>
    <message>
        <source>%1 is inside the dynamic range %2 (%3)</source>
        <translation>%1 liegt im dynamischen Bereich %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is the server&apos;s own address</source>
        <translation>%1 ist die eigene Adresse des Servers</translation>
    </message>
    <message>
        <source>%1 is the router&apos;s address</source>
        <translation>%1 ist die Adresse des Routers</translation>
    </message>
    <message>
        <source>the host in row %1</source>
        <translation>dem Host in Zeile %1</translation>
    </message>
    <message>
        <source>%1 is already used by %2</source>
        <translation>%1 wird bereits von %2 verwendet</translation>
    </message>
</context>
<context>
    <name>Site::HostImport</name>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>there is nothing to import</source>
        <translation>es gibt nichts zu importieren</translation>
    </message>
    <message>
        <source>this is neither a dhcpd.conf with host blocks, nor dnsmasq dhcp-host= lines, nor a table with a column of MAC addresses</source>
        <translation>dies ist weder eine dhcpd.conf mit Host-Blöcken noch dnsmasq-Zeilen mit dhcp-host= noch eine Tabelle mit einer Spalte MAC-Adressen</translation>
    </message>
    <message>
        <source>no hosts found (read as %1)</source>
        <translation>keine Hosts gefunden (gelesen als %1)</translation>
    </message>
    <message>
        <source>(also at line %1, %2)</source>
        <translation>(auch in Zeile %1, %2)</translation>
    </message>
    <message>
        <source>duplicate MAC address %1</source>
        <translation>doppelte MAC-Adresse %1</translation>
    </message>
    <message>
        <source>duplicate address %1</source>
        <translation>doppelte Adresse %1</translation>
    </message>
    <message>
        <source>duplicate host name %1</source>
        <translation>doppelter Hostname %1</translation>
    </message>
</context>
<context>
    <name>Site::HostTableReader</name>
    <message>
        <source>a second %1 column is ignored</source>
        <translation>eine zweite Spalte %1 wird ignoriert</translation>
    </message>
    <message>
        <source>these columns are not known and are ignored: %1 (known: mac, hostname, ip, menu, boot file, notes)</source>
        <translation>diese Spalten sind unbekannt und werden ignoriert: %1 (bekannt: mac, hostname, ip, menu, boot file, notes)</translation>
    </message>
    <message>
        <source>this looks like a header row, but none of its names is known: columns are recognised by their content</source>
        <translation>dies sieht wie eine Kopfzeile aus, aber keiner ihrer Namen ist bekannt: Spalten werden an ihrem Inhalt erkannt</translation>
    </message>
    <message>
        <source>no column holds MAC addresses: nothing was imported (a header row can name the column &quot;mac&quot;)</source>
        <translation>keine Spalte enthält MAC-Adressen: nichts wurde importiert (eine Kopfzeile kann die Spalte &quot;mac&quot; benennen)</translation>
    </message>
    <message>
        <source>no MAC address: the row is skipped</source>
        <translation>keine MAC-Adresse: die Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>%1 is not a MAC address: the row is skipped</source>
        <translation>%1 ist keine MAC-Adresse: die Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: the host is kept without one</source>
        <translation>%1 ist keine IPv4-Adresse: der Host wird ohne Adresse übernommen</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
</context>
<context>
    <name>Site::JsonLocator</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation>unerwarteter Text nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <source>the file ends where a value should be</source>
        <translation>die Datei endet, wo ein Wert stehen sollte</translation>
    </message>
    <message>
        <source>the document is nested too deeply</source>
        <translation>das Dokument ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>this string is not closed</source>
        <translation>diese Zeichenkette ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>expected a value, found &apos;%1&apos;</source>
        <translation>ein Wert erwartet, &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <source>%1 is not a JSON value (text needs double quotes)</source>
        <translation>%1 ist kein JSON-Wert (Text braucht doppelte Anführungszeichen)</translation>
    </message>
    <message>
        <source>the file ends inside the object opened at %1:%2</source>
        <translation>die Datei endet innerhalb des bei %1:%2 geöffneten Objekts</translation>
    </message>
    <message>
        <source>no member follows this &apos;,&apos; (JSON allows no trailing comma)</source>
        <translation>auf dieses &apos;,&apos; folgt kein Schlüssel (JSON erlaubt kein abschließendes Komma)</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>Schlüssel in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after key &quot;%1&quot;</source>
        <translation>&apos;:&apos; nach Schlüssel &quot;%1&quot; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after %1</source>
        <translation>&apos;,&apos; oder &apos;}&apos; nach %1 erwartet</translation>
    </message>
    <message>
        <source>the file ends inside the list opened at %1:%2</source>
        <translation>die Datei endet innerhalb der bei %1:%2 geöffneten Liste</translation>
    </message>
    <message>
        <source>no element follows this &apos;,&apos; (JSON allows no trailing comma)</source>
        <translation>auf dieses &apos;,&apos; folgt kein Element (JSON erlaubt kein abschließendes Komma)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after %1</source>
        <translation>&apos;,&apos; oder &apos;]&apos; nach %1 erwartet</translation>
    </message>
</context>
<context>
    <name>Site::MenuValidator</name>
    <message>
        <source>%1 is the name of an earlier menu</source>
        <translation>%1 ist der Name eines vorherigen Menüs</translation>
    </message>
    <message>
        <source>there is no menu called %1</source>
        <translation>es gibt kein Menü namens %1</translation>
    </message>
    <message>
        <source>%1 is not a folder name</source>
        <translation>%1 ist kein Ordnername</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to wait for a choice, or 0..%3 seconds)</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs (%2, um auf eine Auswahl zu warten, oder 0..%3 Sekunden)</translation>
    </message>
    <message>
        <source>a menu name is required</source>
        <translation>ein Menüname ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is not a menu name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64)</source>
        <translation>%1 ist kein Menüname (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;, höchstens 64)</translation>
    </message>
    <message>
        <source>a title is one line of text</source>
        <translation>ein Titel ist eine einzelne Textzeile</translation>
    </message>
    <message>
        <source>a menu needs at least one entry</source>
        <translation>ein Menü braucht mindestens einen Eintrag</translation>
    </message>
    <message>
        <source>there is no entry called %1 in this menu</source>
        <translation>in diesem Menü gibt es keinen Eintrag namens %1</translation>
    </message>
    <message>
        <source>%1 is the name of an earlier entry in this menu</source>
        <translation>%1 ist der Name eines vorherigen Eintrags in diesem Menü</translation>
    </message>
    <message>
        <source>an entry name is required</source>
        <translation>ein Eintragsname ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is not an entry name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64)</source>
        <translation>%1 ist kein Eintragsname (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;, höchstens 64)</translation>
    </message>
    <message>
        <source>kernel arguments are one line of text</source>
        <translation>Kernel-Parameter sind eine einzelne Textzeile</translation>
    </message>
    <message>
        <source>a path in the boot tree is required</source>
        <translation>ein Pfad im Boot-Verzeichnis ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is not a path inside the boot tree (expected a relative path such as debian-installer/amd64/linux)</source>
        <translation>%1 ist kein Pfad innerhalb des Boot-Verzeichnisses (erwartet wird ein relativer Pfad wie debian-installer/amd64/linux)</translation>
    </message>
    <message>
        <source>%1 has a space, which PXELINUX cannot load</source>
        <translation>%1 enthält ein Leerzeichen, daher kann PXELINUX es nicht laden</translation>
    </message>
    <message>
        <source>the site has no menus, so %1 boots without a generated menu</source>
        <translation>der Standort hat keine Menüs, daher bootet %1 ohne generiertes Menü</translation>
    </message>
    <message>
        <source>menu %1 has no entry called %2</source>
        <translation>Menü %1 hat keinen Eintrag namens %2</translation>
    </message>
</context>
<context>
    <name>Site::NetbootCheck</name>
    <message>
        <source>the name the Mac&apos;s boot picker shows is required</source>
        <translation>der Name, den die Startauswahl des Mac zeigt, ist erforderlich</translation>
    </message>
    <message>
        <source>%1 has control characters</source>
        <translation>%1 enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>the name is %1 bytes in UTF-8; BSDP carries at most %2</source>
        <translation>der Name ist in UTF-8 %1 Bytes lang; BSDP überträgt höchstens %2</translation>
    </message>
    <message>
        <source>%1 is already the name of netboot.images[%2]</source>
        <translation>%1 ist bereits der Name von netboot.images[%2]</translation>
    </message>
    <message>
        <source>index %1 is already netboot.images[%2]&apos;s</source>
        <translation>Index %1 gehört bereits zu netboot.images[%2]</translation>
    </message>
    <message>
        <source>%1 is not a Mac model (as the Mac sends it, e.g. &quot;MacBookPro11,1&quot;)</source>
        <translation>%1 ist kein Mac-Modell (so, wie der Mac es sendet, z. B. &quot;MacBookPro11,1&quot;)</translation>
    </message>
    <message>
        <source>%1 is not a path in what Rackside serves (relative, no &quot;..&quot;)</source>
        <translation>%1 ist kein Pfad in dem, was Rackside bereitstellt (relativ, ohne &quot;..&quot;)</translation>
    </message>
    <message>
        <source>no NetBoot image is called %1</source>
        <translation>kein NetBoot-Abbild heißt %1</translation>
    </message>
    <message>
        <source>the booter&apos;s path is %1 bytes; the Mac&apos;s firmware reads at most 127</source>
        <translation>der Pfad des Booters ist %1 Bytes lang; die Firmware des Mac liest höchstens 127</translation>
    </message>
</context>
<context>
    <name>Site::NetbootReader</name>
    <message>
        <source>%1 is not a BSDP priority (0 to 65535; Apple&apos;s server uses 32768)</source>
        <translation>%1 ist keine BSDP-Priorität (0 bis 65535; Apples Server verwendet 32768)</translation>
    </message>
    <message>
        <source>a NetBoot image needs its &quot;index&quot; (1 to 4095 for this server, 4096 to 65535 when the same image is on several servers)</source>
        <translation>ein NetBoot-Abbild braucht seinen &quot;index&quot; (1 bis 4095 für diesen Server, 4096 bis 65535, wenn dasselbe Abbild auf mehreren Servern liegt)</translation>
    </message>
    <message>
        <source>%1 is not an image index (1 to 65535)</source>
        <translation>%1 ist kein Abbild-Index (1 bis 65535)</translation>
    </message>
    <message>
        <source>%1 is not an image kind (expected &quot;macosx&quot;, &quot;macosx-server&quot;, &quot;macos9&quot; or &quot;hardware-test&quot;)</source>
        <translation>%1 ist keine Abbild-Art (erwartet &quot;macosx&quot;, &quot;macosx-server&quot;, &quot;macos9&quot; oder &quot;hardware-test&quot;)</translation>
    </message>
</context>
<context>
    <name>Site::Problem</name>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
</context>
<context>
    <name>Site::ReadableText</name>
    <message>
        <source>this is binary data, not text</source>
        <translation>das sind Binärdaten, kein Text</translation>
    </message>
    <message>
        <source>control characters such as NUL bytes were read as spaces (%1 of them)</source>
        <translation>Steuerzeichen wie NUL-Bytes wurden als Leerzeichen gelesen (%1 Stück)</translation>
    </message>
    <message numerus="yes">
        <source>the text ends in %n NUL bytes: it may not have been written completely</source>
        <translation>
            <numerusform>der Text endet mit %n NUL-Byte: er wurde womöglich nicht vollständig geschrieben</numerusform>
            <numerusform>der Text endet mit %n NUL-Bytes: er wurde womöglich nicht vollständig geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Site::SiteEditor</name>
    <message>
        <source>%1 installed: boot its local disk</source>
        <translation>%1 installiert: lokale Platte starten</translation>
    </message>
    <message numerus="yes">
        <source>point %n host(s) at menu %1</source>
        <translation>
            <numerusform>%n Host auf Menü %1 umstellen</numerusform>
            <numerusform>%n Hosts auf Menü %1 umstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>the site has no file yet: save it as one</source>
        <translation>der Standort hat noch keine Datei: speichern Sie ihn unter einem Namen</translation>
    </message>
    <message>
        <source>take the changes made to %1</source>
        <translation>die an %1 vorgenommenen Änderungen übernehmen</translation>
    </message>
    <message>
        <source>%1 changed on disk and no longer reads as a site</source>
        <translation>%1 wurde auf der Platte geändert und lässt sich nicht mehr als Standort lesen</translation>
    </message>
    <message>
        <source>the site has no file yet</source>
        <translation>der Standort hat noch keine Datei</translation>
    </message>
    <message>
        <source>other changes to the site are unsaved</source>
        <translation>andere Änderungen am Standort sind nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Site::SiteFile</name>
    <message>
        <source>cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <source>the file is too large (%1 bytes; a site file has at most %2)</source>
        <translation>die Datei ist zu groß (%1 Bytes; eine Standortdatei hat höchstens %2)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist, so nothing of it is served</source>
        <translation>der Ordner %1 existiert nicht, daher wird nichts daraus ausgeliefert</translation>
    </message>
    <message>
        <source>expected a JSON object holding the site, found an array</source>
        <translation>ein JSON-Objekt mit dem Standort erwartet, ein Array gefunden</translation>
    </message>
    <message>
        <source>not saving %1, the site has problems:
%2</source>
        <translation>%1 wird nicht gespeichert, der Standort hat Probleme:
%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Site::SiteReader</name>
    <message>
        <source>unknown key %1 (expected one of: %2)</source>
        <translation>unbekannter Schlüssel %1 (erwartet wird einer von: %2)</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address</source>
        <translation>%1 ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>eine Ganzzahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>key %1 is given twice (first at %2:%3)</source>
        <translation>Schlüssel %1 ist doppelt angegeben (zuerst bei %2:%3)</translation>
    </message>
    <message>
        <source>%1 is not a subnet (expected an IPv4 network such as 10.0.0.0/24)</source>
        <translation>%1 ist kein Subnetz (erwartet: ein IPv4-Netz wie 10.0.0.0/24)</translation>
    </message>
    <message>
        <source>%1 is not a MAC address (expected aa:bb:cc:dd:ee:ff)</source>
        <translation>%1 ist keine MAC-Adresse (erwartet: aa:bb:cc:dd:ee:ff)</translation>
    </message>
    <message>
        <source>%1 is not a usable MAC address</source>
        <translation>%1 ist keine verwendbare MAC-Adresse</translation>
    </message>
    <message>
        <source>give either &quot;menu&quot; or its older name &quot;profile&quot;, not both</source>
        <translation>geben Sie entweder &quot;menu&quot; oder dessen älteren Namen &quot;profile&quot; an, nicht beide</translation>
    </message>
    <message>
        <source>%1 is not a next boot (expected &quot;menu&quot; or &quot;local&quot;)</source>
        <translation>%1 ist kein nächster Start (erwartet: &quot;menu&quot; oder &quot;local&quot;)</translation>
    </message>
    <message>
        <source>give the template either as &quot;text&quot; or as a &quot;file&quot; beside the site, one of the two</source>
        <translation>die Vorlage entweder als &quot;text&quot; oder als &quot;file&quot; neben dem Standort angeben, genau eines von beiden</translation>
    </message>
    <message>
        <source>%1 is not a way to fetch kernels (expected &quot;tftp&quot; or &quot;http&quot;)</source>
        <translation>%1 ist keine Art, Kernel zu laden (erwartet: &quot;tftp&quot; oder &quot;http&quot;)</translation>
    </message>
    <message>
        <source>the file is required (a path beside the site, such as answers/ks.cfg)</source>
        <translation>die Datei ist erforderlich (ein Pfad neben dem Standort, etwa answers/ks.cfg)</translation>
    </message>
    <message>
        <source>%1 is not an image source (expected &quot;iso&quot;, &quot;archive&quot;, &quot;folder&quot; or &quot;files&quot;)</source>
        <translation>%1 ist keine Abbildquelle (erwartet &quot;iso&quot;, &quot;archive&quot;, &quot;folder&quot; oder &quot;files&quot;)</translation>
    </message>
    <message>
        <source>an image needs its &quot;kernel&quot; (a path in the boot tree)</source>
        <translation>ein Abbild braucht seinen &quot;kernel&quot; (einen Pfad im Boot-Verzeichnis)</translation>
    </message>
    <message>
        <source>%1 is not a DHCP mode (expected &quot;serve&quot;, &quot;proxy&quot;, &quot;bsdp&quot; or &quot;off&quot;)</source>
        <translation>%1 ist kein DHCP-Modus (erwartet &quot;serve&quot;, &quot;proxy&quot;, &quot;bsdp&quot; oder &quot;off&quot;)</translation>
    </message>
</context>
<context>
    <name>Site::SiteValidator</name>
    <message>
        <source>unsupported version %1 (this Rackside reads version %2)</source>
        <translation>nicht unterstützte Version %1 (diese Rackside-Version liest Version %2)</translation>
    </message>
    <message>
        <source>%1 is out of range (%2..%3 seconds)</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs (%2..%3 Sekunden)</translation>
    </message>
    <message>
        <source>%1 is not a network interface name</source>
        <translation>%1 ist kein Name einer Netzwerkschnittstelle</translation>
    </message>
    <message>
        <source>a subnet is required when mode is &quot;serve&quot;</source>
        <translation>im Modus &quot;serve&quot; ist ein Subnetz erforderlich</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address</source>
        <translation>%1 ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>%1 leaves no room for DHCP clients (the prefix must be /1 to /30)</source>
        <translation>%1 lässt keinen Platz für DHCP-Clients (das Präfix muss /1 bis /30 sein)</translation>
    </message>
    <message>
        <source>%1 has host bits set (did you mean %2/%3?)</source>
        <translation>in %1 sind Host-Bits gesetzt (meinten Sie %2/%3?)</translation>
    </message>
    <message>
        <source>a start address is required</source>
        <translation>eine Startadresse ist erforderlich</translation>
    </message>
    <message>
        <source>an end address is required</source>
        <translation>eine Endadresse ist erforderlich</translation>
    </message>
    <message>
        <source>start %1 is after end %2</source>
        <translation>Start %1 liegt nach Ende %2</translation>
    </message>
    <message>
        <source>%1 is outside the subnet %2</source>
        <translation>%1 liegt außerhalb des Subnetzes %2</translation>
    </message>
    <message>
        <source>%1 is the network address of %2</source>
        <translation>%1 ist die Netzadresse von %2</translation>
    </message>
    <message>
        <source>%1 is the broadcast address of %2</source>
        <translation>%1 ist die Broadcast-Adresse von %2</translation>
    </message>
    <message>
        <source>%1 overlaps %2 (%3)</source>
        <translation>%1 überschneidet sich mit %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is not a domain name</source>
        <translation>%1 ist kein Domainname</translation>
    </message>
    <message>
        <source>%1 is not an http:// URL</source>
        <translation>%1 ist keine http://-URL</translation>
    </message>
    <message>
        <source>%1 is not a path inside the boot tree (expected a relative path such as boot/grub/x86_64-efi/core.efi)</source>
        <translation>%1 ist kein Pfad innerhalb des Boot-Verzeichnisses (erwartet wird ein relativer Pfad wie boot/grub/x86_64-efi/core.efi)</translation>
    </message>
    <message>
        <source>a MAC address is required</source>
        <translation>eine MAC-Adresse ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is already used by %2</source>
        <translation>%1 wird bereits von %2 verwendet</translation>
    </message>
    <message>
        <source>%1 is not a host name (letters, digits and &apos;-&apos;, at most 63 characters)</source>
        <translation>%1 ist kein Hostname (Buchstaben, Ziffern und &apos;-&apos;, höchstens 63 Zeichen)</translation>
    </message>
    <message>
        <source>a name is required (the file name installers ask for, such as ks.cfg)</source>
        <translation>ein Name ist erforderlich (der Dateiname, den Installer anfragen, etwa ks.cfg)</translation>
    </message>
    <message>
        <source>%1 is not a file name (no slashes, not starting with &apos;.&apos;)</source>
        <translation>%1 ist kein Dateiname (keine Schrägstriche, nicht mit &apos;.&apos; beginnend)</translation>
    </message>
    <message>
        <source>%1 is already the name of answerFiles[%2]</source>
        <translation>%1 ist bereits der Name von answerFiles[%2]</translation>
    </message>
    <message>
        <source>%1 is not a variable name (letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter)</source>
        <translation>%1 ist kein Variablenname (Buchstaben, Ziffern, &apos;_&apos; und &apos;-&apos;, beginnend mit einem Buchstaben)</translation>
    </message>
    <message>
        <source>{%1} is the machine&apos;s own value and cannot be set</source>
        <translation>{%1} ist ein eigener Wert des Rechners und kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>%1 is not a folder name for URLs (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;)</source>
        <translation>%1 ist kein Ordnername für URLs (Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;)</translation>
    </message>
    <message>
        <source>%1 is Rackside&apos;s own (answer files and install-done)</source>
        <translation>%1 gehört Rackside selbst (Antwortdateien und install-done)</translation>
    </message>
    <message>
        <source>the folder to serve is required</source>
        <translation>der bereitzustellende Ordner ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is not an image name (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;)</source>
        <translation>%1 ist kein Abbildname (Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;)</translation>
    </message>
    <message>
        <source>%1 is already the name of images[%2]</source>
        <translation>%1 ist bereits der Name von images[%2]</translation>
    </message>
    <message>
        <source>%1 is not in the image&apos;s folder %2</source>
        <translation>%1 liegt nicht im Ordner %2 des Abbilds</translation>
    </message>
    <message>
        <source>the ISO, archive or folder the image came from is required</source>
        <translation>das ISO, Archiv oder der Ordner, aus dem das Abbild stammt, ist erforderlich</translation>
    </message>
</context>
<context>
    <name>Site::TableText</name>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>this quote is never closed: the cell ends with its line</source>
        <translation>dieses Anführungszeichen wird nie geschlossen: die Zelle endet mit ihrer Zeile</translation>
    </message>
    <message>
        <source>more than %1 columns: the rest of the line is ignored</source>
        <translation>mehr als %1 Spalten: der Rest der Zeile wird ignoriert</translation>
    </message>
</context>
<context>
    <name>Tftp::Server</name>
    <message>
        <source>TFTP stalled at %1-byte blocks: none got through, while smaller packets did. It gets at most %2-byte blocks for the next 30 minutes</source>
        <translation>TFTP blieb bei %1-Byte-Blöcken hängen: keiner kam durch, kleinere Pakete schon. In den nächsten 30 Minuten bekommt es höchstens %2-Byte-Blöcke</translation>
    </message>
</context>
<context>
    <name>Timeline::BootEvent</name>
    <message>
        <source>checking</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>started</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>NetBoot</source>
        <translation>NetBoot</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>Diagnose</translation>
    </message>
</context>
<context>
    <name>Timeline::BootSession</name>
    <message>
        <source>failed, no reason given</source>
        <translation>fehlgeschlagen, kein Grund angegeben</translation>
    </message>
    <message>
        <source>the machine started over</source>
        <translation>der Rechner startete neu</translation>
    </message>
    <message>
        <source>started over after fetching its boot loader %1: did the firmware refuse to run it (Secure Boot, wrong architecture)?</source>
        <translation>startete neu, nachdem er seinen Bootloader %1 geholt hatte: hat die Firmware die Ausführung verweigert (Secure Boot, falsche Architektur)?</translation>
    </message>
    <message>
        <source>no free address</source>
        <translation>keine freie Adresse</translation>
    </message>
    <message>
        <source>no boot file for it: %1</source>
        <translation>keine Boot-Datei dafür: %1</translation>
    </message>
    <message>
        <source>offered %1, never requested: check the client&apos;s architecture</source>
        <translation>%1 angeboten, aber nie angefordert: prüfen Sie die Architektur des Clients</translation>
    </message>
    <message>
        <source>given boot file %1 by proxyDHCP, never asked for it</source>
        <translation>Boot-Datei %1 per proxyDHCP erhalten, aber nie angefordert</translation>
    </message>
    <message>
        <source>got address %1, never asked for its boot file</source>
        <translation>Adresse %1 erhalten, aber nie nach der Boot-Datei gefragt</translation>
    </message>
    <message>
        <source>got an address, never asked for its boot file</source>
        <translation>eine Adresse erhalten, aber nie nach der Boot-Datei gefragt</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>boot loader</source>
        <translation>Bootloader</translation>
    </message>
    <message>
        <source>menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>initrd</source>
        <translation>initrd</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>übergeben</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>booting</source>
        <translation>bootet</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <source>Rackside refused the NetBoot image it chose: %1</source>
        <translation>Rackside hat das gewählte NetBoot-Abbild abgelehnt: %1</translation>
    </message>
    <message>
        <source>image list</source>
        <translation>Abbildliste</translation>
    </message>
    <message>
        <source>image choice</source>
        <translation>Abbildwahl</translation>
    </message>
    <message>
        <source>got Rackside&apos;s proxyDHCP offer of %1 but never came back to port 4011 or for the file: its firmware may ignore proxyDHCP offers</source>
        <translation>bekam Racksides proxyDHCP-Angebot %1, kam aber nie an Port 4011 oder für die Datei zurück: seine Firmware ignoriert womöglich proxyDHCP-Angebote</translation>
    </message>
</context>
<context>
    <name>Timeline::Diagnosis</name>
    <message>
        <source>Another DHCP server answers on this network. Stop it, keep the rack on a switch of its own, or set Rackside&apos;s DHCP mode to proxy so that the other server gives the addresses.</source>
        <translation>Ein anderer DHCP-Server antwortet in diesem Netz. Halten Sie ihn an, geben Sie dem Rack einen eigenen Switch oder stellen Sie Racksides DHCP-Modus auf Proxy, damit der andere Server die Adressen vergibt.</translation>
    </message>
    <message>
        <source>Some firmware ignores proxyDHCP offers. Serve addresses from Rackside on a network of its own, or have the other DHCP server name the boot file (options 66 and 67) for this machine.</source>
        <translation>Manche Firmware ignoriert proxyDHCP-Angebote. Vergeben Sie die Adressen mit Rackside in einem eigenen Netz, oder lassen Sie den anderen DHCP-Server die Bootdatei (Optionen 66 und 67) für diesen Rechner nennen.</translation>
    </message>
    <message>
        <source>Rackside answers only on the interface chosen for the site. Choose the interface the machines are on, or plug the rack switch into the chosen one.</source>
        <translation>Rackside antwortet nur auf der für den Standort gewählten Schnittstelle. Wählen Sie die Schnittstelle, an der die Rechner hängen, oder stecken Sie den Rack-Switch an die gewählte.</translation>
    </message>
    <message>
        <source>Its switch port probably forwards only after a spanning-tree delay. Make the port an edge port (portfast) so that the firmware&apos;s first requests get through.</source>
        <translation>Sein Switch-Port leitet vermutlich erst nach einer Spanning-Tree-Verzögerung weiter. Machen Sie den Port zum Edge-Port (Portfast), damit die ersten Anfragen der Firmware durchkommen.</translation>
    </message>
    <message>
        <source>Path MTU smaller than 1500? A link between here and the machine (a VLAN, a tunnel) carries only smaller packets. Rackside now gives this machine smaller TFTP blocks; if the firmware gave up, boot it again.</source>
        <translation>Pfad-MTU kleiner als 1500? Eine Verbindung zwischen hier und dem Rechner (ein VLAN, ein Tunnel) trägt nur kleinere Pakete. Rackside gibt diesem Rechner jetzt kleinere TFTP-Blöcke; hat die Firmware aufgegeben, starten Sie ihn neu.</translation>
    </message>
    <message>
        <source>A device with a fixed address sits inside the DHCP range. Take that address out of the range, or give the device a reservation.</source>
        <translation>Ein Gerät mit fester Adresse liegt im DHCP-Bereich. Nehmen Sie diese Adresse aus dem Bereich oder geben Sie dem Gerät eine Reservierung.</translation>
    </message>
    <message>
        <source>Machines may take that server&apos;s offers instead of Rackside&apos;s. Find it by its MAC address in the switch&apos;s address table and stop it, or set Rackside&apos;s DHCP mode to proxy.</source>
        <translation>Rechner nehmen womöglich die Angebote dieses Servers statt der von Rackside. Finden Sie ihn über seine MAC-Adresse in der Adresstabelle des Switches und halten Sie ihn an, oder stellen Sie Racksides DHCP-Modus auf Proxy.</translation>
    </message>
    <message>
        <source>Allow the ports Rackside serves (UDP 67, 69 and 4011, and its HTTP port) on the rack interface in the laptop&apos;s firewall.</source>
        <translation>Erlauben Sie in der Firewall des Laptops die Ports, die Rackside bedient (UDP 67, 69 und 4011 sowie seinen HTTP-Port), auf der Rack-Schnittstelle.</translation>
    </message>
    <message>
        <source>%1. What to do: %2</source>
        <translation>%1. Was zu tun ist: %2</translation>
    </message>
</context>
<context>
    <name>Timeline::StageReport</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>session %1: </source>
        <translation>Sitzung %1: </translation>
    </message>
    <message>
        <source>started</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <source>started (%1)</source>
        <translation>gestartet (%1)</translation>
    </message>
    <message>
        <source>address %1 in %2</source>
        <translation>Adresse %1 in %2</translation>
    </message>
    <message>
        <source>address from another server, %1 after the DISCOVER</source>
        <translation>Adresse von einem anderen Server, %1 nach dem DISCOVER</translation>
    </message>
    <message>
        <source>the booted system fetched</source>
        <translation>das gebootete System holte</translation>
    </message>
    <message>
        <source>%1 %2 (%3 bytes in %4)</source>
        <translation>%1 %2 (%3 Bytes in %4)</translation>
    </message>
    <message>
        <source>the booted system asked for an address</source>
        <translation>das gebootete System fragte nach einer Adresse</translation>
    </message>
    <message>
        <source>failed after %1: %2</source>
        <translation>fehlgeschlagen nach %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 bytes</source>
        <translation>%1 %2 Bytes</translation>
    </message>
    <message>
        <source>handed over after %1: %2</source>
        <translation>übergeben nach %1: %2</translation>
    </message>
    <message>
        <source>interrupted: the machine started over during the %1 stage</source>
        <translation>unterbrochen: der Rechner startete während der Phase „%1“ neu</translation>
    </message>
    <message>
        <source>installed after %1: its next boot is its local disk</source>
        <translation>nach %1 installiert: der nächste Start erfolgt von der lokalen Platte</translation>
    </message>
    <message>
        <source>diagnosis: %1</source>
        <translation>Diagnose: %1</translation>
    </message>
</context>
<context>
    <name>Ui::BootPage</name>
    <message>
        <source>Filter machines: MAC, name, address, stage</source>
        <translation>Rechner filtern: MAC, Name, Adresse, Phase</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <source>Keep the present at the right edge (End)</source>
        <translation>Die Gegenwart am rechten Rand halten (End)</translation>
    </message>
    <message>
        <source>Show a shorter stretch of time (Ctrl++, or Ctrl+wheel over the lanes)</source>
        <translation>Einen kürzeren Zeitraum zeigen (Ctrl++ oder Ctrl+Mausrad über den Spuren)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Show a longer stretch of time (Ctrl+-)</source>
        <translation>Einen längeren Zeitraum zeigen (Ctrl+-)</translation>
    </message>
    <message>
        <source>Select a machine to see its transfers and events.</source>
        <translation>Wählen Sie einen Rechner, um seine Übertragungen und Ereignisse zu sehen.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>letzte %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1, session %2: %3</source>
        <translation>%1, Sitzung %2: %3</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>wird übertragen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>aborted: %1</source>
        <translation>abgebrochen: %1</translation>
    </message>
    <message>
        <source>Add as a &amp;host…</source>
        <translation>Als &amp;Host hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Copy MAC address</source>
        <translation>MAC-Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>Zoom i&amp;n</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>  Diagnosis: %1</source>
        <translation>  Diagnose: %1</translation>
    </message>
    <message>
        <source>no capture is kept</source>
        <translation>es wird kein Mitschnitt geführt</translation>
    </message>
    <message>
        <source>Save &amp;capture…</source>
        <translation>&amp;Mitschnitt speichern…</translation>
    </message>
    <message>
        <source>Save what Rackside saw of %1</source>
        <translation>Speichern, was Rackside von %1 gesehen hat</translation>
    </message>
    <message>
        <source>pcapng captures (*.pcapng)</source>
        <translation>pcapng-Mitschnitte (*.pcapng)</translation>
    </message>
</context>
<context>
    <name>Ui::ConfigPreview</name>
    <message>
        <source>Whose file to show: a host&apos;s, or what a machine Rackside does not know gets</source>
        <translation>Wessen Datei angezeigt wird: die eines Hosts oder die, die ein Rackside unbekannter Rechner erhält</translation>
    </message>
    <message>
        <source>GRUB reads grub.cfg; PXELINUX reads pxelinux.cfg</source>
        <translation>GRUB liest grub.cfg; PXELINUX liest pxelinux.cfg</translation>
    </message>
    <message>
        <source>Generated from the menus on each request; edit the menu, not this text</source>
        <translation>Bei jeder Anfrage aus den Menüs generiert; bearbeiten Sie das Menü, nicht diesen Text</translation>
    </message>
    <message>
        <source>an unknown machine</source>
        <translation>einen unbekannten Rechner</translation>
    </message>
    <message>
        <source># The site has no menus: the boot tree&apos;s own files are served as they are.</source>
        <translation># Der Standort hat keine Menüs: die eigenen Dateien des Boot-Verzeichnisses werden unverändert ausgeliefert.</translation>
    </message>
    <message>
        <source># No menu for this machine: check the host&apos;s menu.</source>
        <translation># Kein Menü für diesen Rechner: prüfen Sie das Menü des Hosts.</translation>
    </message>
    <message>
        <source>&amp;Preview for:</source>
        <translation>Vorschau &amp;für:</translation>
    </message>
</context>
<context>
    <name>Ui::DhcpModePicker</name>
    <message>
        <source>Serve addresses</source>
        <translation>Adressen vergeben</translation>
    </message>
    <message>
        <source>Rackside hands out addresses from the site&apos;s ranges, and boot files</source>
        <translation>Rackside vergibt Adressen aus den Bereichen des Standorts sowie Boot-Dateien</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Another DHCP server hands out addresses; Rackside only adds boot information</source>
        <translation>Ein anderer DHCP-Server vergibt die Adressen; Rackside ergänzt nur die Boot-Informationen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Rackside&apos;s DHCP server does not run</source>
        <translation>Der DHCP-Server von Rackside läuft nicht</translation>
    </message>
    <message>
        <source>What Rackside&apos;s DHCP server does on the boot network</source>
        <translation>Was der DHCP-Server von Rackside im Boot-Netz tut</translation>
    </message>
    <message>
        <source>Macs only (BSDP)</source>
        <translation>Nur Macs (BSDP)</translation>
    </message>
    <message>
        <source>Another server does DHCP and PXE; Rackside answers only Macs&apos; NetBoot requests</source>
        <translation>Ein anderer Server macht DHCP und PXE; Rackside beantwortet nur die NetBoot-Anfragen von Macs</translation>
    </message>
</context>
<context>
    <name>Ui::EventListModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
</context>
<context>
    <name>Ui::EventListPane</name>
    <message>
        <source>Filter by MAC address or details</source>
        <translation>Nach MAC-Adresse oder Details filtern</translation>
    </message>
    <message>
        <source>No boot events yet.

Choose the interface facing the machines and a DHCP mode, then press Start. Every DHCP request and answer appears here as it happens.</source>
        <translation>Noch keine Boot-Ereignisse.

Wählen Sie die Schnittstelle zu den Rechnern und einen DHCP-Modus, dann klicken Sie auf Starten. Jede DHCP-Anfrage und -Antwort erscheint hier, sobald sie eintrifft.</translation>
    </message>
</context>
<context>
    <name>Ui::HostsPage</name>
    <message>
        <source>&amp;Remove hosts</source>
        <translation>Hosts &amp;entfernen</translation>
    </message>
    <message>
        <source>Filter hosts: MAC, name, address, menu, notes</source>
        <translation>Hosts filtern: MAC, Name, Adresse, Menü, Notizen</translation>
    </message>
    <message>
        <source>&amp;Add host</source>
        <translation>Host hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add a host and type its MAC address (Insert)</source>
        <translation>Einen Host hinzufügen und seine MAC-Adresse eingeben (Insert)</translation>
    </message>
    <message>
        <source>Remove the selected hosts (Delete)</source>
        <translation>Die ausgewählten Hosts entfernen (Delete)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Paste hosts</source>
        <translation>Hosts e&amp;infügen</translation>
    </message>
    <message>
        <source>Add the rows copied from a spreadsheet, a dhcpd.conf or dnsmasq lines (Ctrl+V)</source>
        <translation>Aus einer Tabellenkalkulation kopierte Zeilen, eine dhcpd.conf oder dnsmasq-Zeilen hinzufügen (Ctrl+V)</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n hosts from %1 (%2).</source>
        <translation>
            <numerusform>%n Host aus %1 (%2) hinzugefügt.</numerusform>
            <numerusform>%n Hosts aus %1 (%2) hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>(the Mac chooses)</source>
        <translation>(der Mac wählt)</translation>
    </message>
    <message>
        <source>Import hosts</source>
        <translation>Hosts importieren</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hosts imported.</source>
        <translation>
            <numerusform>%n Host importiert.</numerusform>
            <numerusform>%n Hosts importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n things to look at:</source>
        <translation>
            <numerusform>%n Punkt zu prüfen:</numerusform>
            <numerusform>%n Punkte zu prüfen:</numerusform>
        </translation>
    </message>
    <message>
        <source>seen booting %1</source>
        <translation>am %1 beim Booten gesehen</translation>
    </message>
    <message>
        <source>%1, seen booting %2</source>
        <translation>%1, am %2 beim Booten gesehen</translation>
    </message>
</context>
<context>
    <name>Ui::HostsTableModel</name>
    <message>
        <source>menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Boots the site&apos;s default menu</source>
        <translation>Bootet das Standardmenü des Standorts</translation>
    </message>
    <message>
        <source>Takes an address from the dynamic range</source>
        <translation>Erhält eine Adresse aus dem dynamischen Bereich</translation>
    </message>
    <message>
        <source>The machine&apos;s network card, as aa:bb:cc:dd:ee:ff</source>
        <translation>Die Netzwerkkarte des Rechners, als aa:bb:cc:dd:ee:ff</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>The name the machine gets over DHCP</source>
        <translation>Der Name, den der Rechner per DHCP erhält</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Inside the subnet, outside the dynamic range; empty: one from the range</source>
        <translation>Innerhalb des Subnetzes, außerhalb des dynamischen Bereichs; leer: eine aus dem Bereich</translation>
    </message>
    <message>
        <source>Fixed IP</source>
        <translation>Feste IP</translation>
    </message>
    <message>
        <source>A boot menu, or menu/entry for one entry; empty: the default menu</source>
        <translation>Ein Boot-Menü oder Menü/Eintrag für einen einzelnen Eintrag; leer: das Standardmenü</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>What the machine does when it next boots</source>
        <translation>Was der Rechner beim nächsten Booten tut</translation>
    </message>
    <message>
        <source>Next boot</source>
        <translation>Nächster Boot</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>a new host</source>
        <translation>einem neuen Host</translation>
    </message>
    <message>
        <source>edit %1 of %2</source>
        <translation>%1 von %2 bearbeiten</translation>
    </message>
    <message>
        <source>add a host</source>
        <translation>Host hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>remove %n host(s)</source>
        <translation>
            <numerusform>%n Host entfernen</numerusform>
            <numerusform>%n Hosts entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paste %n host(s)</source>
        <translation>
            <numerusform>%n Host einfügen</numerusform>
            <numerusform>%n Hosts einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>give %n host(s) the default menu</source>
        <translation>
            <numerusform>%n Host das Standardmenü zuweisen</numerusform>
            <numerusform>%n Hosts das Standardmenü zuweisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>give %n host(s) menu %1</source>
        <translation>
            <numerusform>%n Host Menü %1 zuweisen</numerusform>
            <numerusform>%n Hosts Menü %1 zuweisen</numerusform>
        </translation>
    </message>
    <message>
        <source>Boots its firmware&apos;s menu (%1), else the site&apos;s default menu</source>
        <translation>Bootet das Menü seiner Firmware (%1), sonst das Standardmenü des Standorts</translation>
    </message>
    <message>
        <source>local disk</source>
        <translation>lokale Platte</translation>
    </message>
    <message>
        <source>Installed: its boot loader starts the local disk. Choose &quot;menu&quot; to install it again.</source>
        <translation>Installiert: sein Bootloader startet die lokale Platte. &quot;Menü&quot; wählen, um neu zu installieren.</translation>
    </message>
    <message>
        <source>Boots its menu; an installer&apos;s install-done call switches it to its local disk</source>
        <translation>Startet sein Menü; der install-done-Aufruf eines Installers stellt ihn auf die lokale Platte um</translation>
    </message>
    <message>
        <source>the next boot is &quot;menu&quot; or &quot;local disk&quot;</source>
        <translation>der nächste Start ist &quot;Menü&quot; oder &quot;lokale Platte&quot;</translation>
    </message>
    <message>
        <source>install %1 again</source>
        <translation>%1 neu installieren</translation>
    </message>
    <message>
        <source>boot %1 from its local disk</source>
        <translation>%1 von der lokalen Platte starten</translation>
    </message>
    <message>
        <source>No NetBoot image is called %1</source>
        <translation>Kein NetBoot-Abbild heißt %1</translation>
    </message>
    <message>
        <source>A Mac chooses from the NetBoot images (the default is preselected)</source>
        <translation>Ein Mac wählt aus den NetBoot-Abbildern (das Standardabbild ist vorgewählt)</translation>
    </message>
    <message>
        <source>A Mac boots this NetBoot image without choosing</source>
        <translation>Ein Mac startet dieses NetBoot-Abbild, ohne zu wählen</translation>
    </message>
    <message>
        <source>For a Mac: the NetBoot image it boots without choosing; empty: it chooses</source>
        <translation>Für einen Mac: das NetBoot-Abbild, das er ohne Wahl startet; leer: er wählt</translation>
    </message>
    <message>
        <source>Mac image</source>
        <translation>Mac-Abbild</translation>
    </message>
    <message>
        <source>no NetBoot image is called %1</source>
        <translation>kein NetBoot-Abbild heißt %1</translation>
    </message>
    <message>
        <source>let %1 choose its NetBoot image</source>
        <translation>%1 sein NetBoot-Abbild wählen lassen</translation>
    </message>
    <message>
        <source>pin %1 to NetBoot image %2</source>
        <translation>%1 an NetBoot-Abbild %2 binden</translation>
    </message>
</context>
<context>
    <name>Ui::ImageChanges</name>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>%1 (saved in the site)</source>
        <translation>%1 (im Standort gespeichert)</translation>
    </message>
    <message>
        <source>Cannot save site</source>
        <translation>Standort kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1; save the site to keep it</source>
        <translation>%1; speichern Sie den Standort, um es zu behalten</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>%1 imported as %2, with an entry in the menu %3</source>
        <translation>%1 als %2 importiert, mit einem Eintrag im Menü %3</translation>
    </message>
    <message>
        <source>Mac NetBoot image</source>
        <translation>Mac-NetBoot-Abbild</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>add Mac NetBoot image %1</source>
        <translation>Mac-NetBoot-Abbild %1 hinzufügen</translation>
    </message>
    <message>
        <source>Mac NetBoot image %1 added (BSDP id %2)</source>
        <translation>Mac-NetBoot-Abbild %1 hinzugefügt (BSDP-ID %2)</translation>
    </message>
    <message>
        <source>Remove Mac NetBoot image</source>
        <translation>Mac-NetBoot-Abbild entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the Macs&apos; boot picker? Hosts pinned to it choose again; an NBI folder stays on disk.</source>
        <translation>%1 aus der Startauswahl der Macs entfernen? Daran gebundene Hosts wählen wieder; ein NBI-Ordner bleibt auf der Platte.</translation>
    </message>
    <message>
        <source>remove Mac NetBoot image %1</source>
        <translation>Mac-NetBoot-Abbild %1 entfernen</translation>
    </message>
    <message>
        <source>Mac NetBoot image %1 removed</source>
        <translation>Mac-NetBoot-Abbild %1 entfernt</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Abbild entfernen</translation>
    </message>
    <message>
        <source>Remove %1, its copies in the boot tree and the menu entries that boot it (%2)? The site is saved at once.</source>
        <translation>%1 entfernen, samt seinen Kopien im Boot-Verzeichnis und den Menüeinträgen, die es starten (%2)? Der Standort wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>remove image %1</source>
        <translation>Abbild %1 entfernen</translation>
    </message>
    <message>
        <source>Could not delete all of images/%1 in the boot tree</source>
        <translation>images/%1 im Boot-Verzeichnis konnte nicht ganz gelöscht werden</translation>
    </message>
    <message>
        <source>Image %1 removed</source>
        <translation>Abbild %1 entfernt</translation>
    </message>
</context>
<context>
    <name>Ui::ImagesPage</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import an installer ISO, a netboot archive, or a kernel and its initrds. You can also drop them anywhere on the window.</source>
        <translation>Ein Installations-ISO, ein Netboot-Archiv oder einen Kernel mit seinen Initrds importieren. Sie können sie auch irgendwo auf das Fenster ziehen.</translation>
    </message>
    <message>
        <source>Drop an installer ISO on the window to import it.</source>
        <translation>Ziehen Sie ein Installations-ISO auf das Fenster, um es zu importieren.</translation>
    </message>
    <message>
        <source>Import installer images</source>
        <translation>Installationsabbilder importieren</translation>
    </message>
    <message>
        <source>Installer images (*.iso *.tar.gz *.tgz);;Kernel and initrds (*)</source>
        <translation>Installationsabbilder (*.iso *.tar.gz *.tgz);;Kernel und Initrds (*)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>One import at a time: %1 is still being imported.</source>
        <translation>Ein Import nach dem anderen: %1 wird noch importiert.</translation>
    </message>
    <message>
        <source>Save the site first: imported kernels and initrds go into its boot tree.</source>
        <translation>Speichern Sie zuerst den Standort (Save the site first): importierte Kernel und Initrds kommen in sein Boot-Verzeichnis.</translation>
    </message>
    <message>
        <source>Copying %1 (file %2 of %3): %4 of %5</source>
        <translation>%1 wird kopiert (Datei %2 von %3): %4 von %5</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Imported %1 as %2.</source>
        <translation>%1 als %2 importiert (Imported %1).</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was copied.</source>
        <translation>Import abgebrochen (cancelled): nichts wurde kopiert.</translation>
    </message>
    <message>
        <source>Import an unknown image?</source>
        <translation>Ein unbekanntes Abbild importieren?</translation>
    </message>
    <message>
        <source>Rackside does not know what %1 installs. Import its kernel %2 and initrd %3 as they are? You will write the kernel arguments yourself on the Menus page.</source>
        <translation>Rackside weiß nicht, was %1 installiert. Seinen Kernel %2 und seine Initrd %3 so importieren? Die Kernel-Argumente schreiben Sie dann selbst auf der Seite Menüs.</translation>
    </message>
    <message>
        <source>Debian&apos;s ISO cannot boot over the network</source>
        <translation>Debians ISO kann nicht über das Netz starten</translation>
    </message>
    <message>
        <source>Choose the netboot initrd now?</source>
        <translation>Jetzt die Netboot-Initrd wählen?</translation>
    </message>
    <message>
        <source>Debian netboot initrd</source>
        <translation>Debian-Netboot-Initrd</translation>
    </message>
    <message>
        <source>initrd (initrd.gz);;All files (*)</source>
        <translation>Initrd (initrd.gz);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Ui::ImagesTableModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>kernel and initrd</source>
        <translation>Kernel und Initrd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Initrd</source>
        <translation>Initrd</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Menu entries</source>
        <translation>Menüeinträge</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importiert aus</translation>
    </message>
</context>
<context>
    <name>Ui::InterfacePicker</name>
    <message>
        <source>The network interface facing the machines to boot</source>
        <translation>Die Netzwerkschnittstelle zu den zu bootenden Rechnern</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>Loopback</translation>
    </message>
    <message>
        <source>down</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>no link</source>
        <translation>kein Link</translation>
    </message>
    <message>
        <source>no IPv4 address</source>
        <translation>keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>Choose an interface…</source>
        <translation>Schnittstelle wählen…</translation>
    </message>
    <message>
        <source>Rackside answers only on the interface you choose</source>
        <translation>Rackside antwortet nur auf der gewählten Schnittstelle</translation>
    </message>
    <message>
        <source>%1: up, %2</source>
        <translation>%1: aktiv, %2</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>not on this machine</source>
        <translation>nicht auf diesem Rechner</translation>
    </message>
    <message>
        <source>The site names %1, which this machine does not have: choose another</source>
        <translation>Der Standort nennt die Schnittstelle %1, die dieser Rechner nicht hat: wählen Sie eine andere</translation>
    </message>
</context>
<context>
    <name>Ui::LanguageChoice</name>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>Takes effect when Rackside starts again</source>
        <translation>Wird beim nächsten Start von Rackside wirksam</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>&amp;Boot</source>
        <translation>&amp;Boot</translation>
    </message>
    <message>
        <source>&amp;Hosts</source>
        <translation>&amp;Hosts</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>%1 is already a host</source>
        <translation>%1 ist bereits ein Host</translation>
    </message>
    <message>
        <source>Added %1 as a host (row %2): give it a name and an address</source>
        <translation>%1 als Host hinzugefügt (Zeile %2): geben Sie ihm einen Namen und eine Adresse</translation>
    </message>
    <message>
        <source>Import hosts</source>
        <translation>Hosts importieren</translation>
    </message>
    <message>
        <source>Host lists (dhcpd.conf *.conf *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Host-Listen (dhcpd.conf *.conf *.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New site</source>
        <translation>&amp;Neuer Standort</translation>
    </message>
    <message>
        <source>&amp;Open site…</source>
        <translation>Standort &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save site</source>
        <translation>Standort &amp;speichern</translation>
    </message>
    <message>
        <source>Save site &amp;as…</source>
        <translation>Standort speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Import hosts…</source>
        <translation>Hosts &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;Schnittstelle</translation>
    </message>
    <message>
        <source>&amp;DHCP</source>
        <translation>DH&amp;CP</translation>
    </message>
    <message>
        <source>Could not reopen %1: %2</source>
        <translation>%1 konnte nicht erneut geöffnet werden: %2</translation>
    </message>
    <message>
        <source>New site. Choose an interface and a DHCP mode, or open a site (File ▸ Open site…).</source>
        <translation>Neuer Standort. Wählen Sie eine Schnittstelle und einen DHCP-Modus oder öffnen Sie einen Standort (Datei ▸ Standort öffnen…).</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Neuer Standort</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>The site&apos;s interface %1 cannot be used on this machine: choose another.</source>
        <translation>Die Schnittstelle %1 des Standorts kann auf diesem Rechner nicht verwendet werden: wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Choose the interface facing the machines to boot, then press Start.</source>
        <translation>Wählen Sie die Schnittstelle zu den zu bootenden Rechnern, dann klicken Sie auf Starten.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop all services</source>
        <translation>Alle Dienste stoppen</translation>
    </message>
    <message>
        <source>Start all services on the chosen interface</source>
        <translation>Alle Dienste auf der gewählten Schnittstelle starten</translation>
    </message>
    <message>
        <source>Stop the services to change this</source>
        <translation>Stoppen Sie die Dienste, um dies zu ändern</translation>
    </message>
    <message>
        <source>&amp;Menus</source>
        <translation>&amp;Menüs</translation>
    </message>
    <message>
        <source>Every machine&apos;s boot, live (Alt+B)</source>
        <translation>Der Boot-Vorgang jedes Rechners, live (Alt+B)</translation>
    </message>
    <message>
        <source>The machines Rackside knows by MAC address (Alt+H)</source>
        <translation>Die Rechner, die Rackside an ihrer MAC-Adresse erkennt (Alt+H)</translation>
    </message>
    <message>
        <source>Boot menus and the grub.cfg each machine gets (Alt+M)</source>
        <translation>Boot-Menüs und die grub.cfg, die jeder Rechner erhält (Alt+M)</translation>
    </message>
    <message>
        <source>Every event, as it happened (Alt+L)</source>
        <translation>Jedes Ereignis, so wie es geschah (Alt+L)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n hosts from %1 (%2)</source>
        <translation>
            <numerusform>%n Host aus %1 (%2) importiert</numerusform>
            <numerusform>%n Hosts aus %1 (%2) importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>B&amp;earbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machines</source>
        <translation>
            <numerusform>%n Rechner</numerusform>
            <numerusform>%n Rechner</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>E&amp;instellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Rackside will speak %1 from its next start.</source>
        <translation>Rackside verwendet ab dem nächsten Start %1.</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>&amp;Abbilder</translation>
    </message>
    <message>
        <source>Installer images imported into the site; drop an ISO anywhere to import it (Alt+I)</source>
        <translation>In den Standort importierte Installationsabbilder; ziehen Sie ein ISO irgendwohin, um es zu importieren (Alt+A)</translation>
    </message>
    <message>
        <source>An import is running</source>
        <translation>Ein Import läuft</translation>
    </message>
    <message>
        <source>Wait for the import to finish, or cancel it, before you switch or rename the site.</source>
        <translation>Warten Sie, bis der Import fertig ist, oder brechen Sie ihn ab, bevor Sie den Standort wechseln oder umbenennen.</translation>
    </message>
    <message>
        <source>Cancel the import and quit?</source>
        <translation>Den Import abbrechen und beenden?</translation>
    </message>
    <message>
        <source>Mac NetBoot image</source>
        <translation>Mac-NetBoot-Abbild</translation>
    </message>
    <message>
        <source>%1 is installed: it boots its local disk from now on</source>
        <translation>%1 ist installiert: es startet ab jetzt von seiner lokalen Platte</translation>
    </message>
    <message>
        <source>use interface %1</source>
        <translation>Schnittstelle %1 verwenden</translation>
    </message>
    <message>
        <source>DHCP mode %1</source>
        <translation>DHCP-Modus %1</translation>
    </message>
    <message>
        <source>Capture saved to %1</source>
        <translation>Mitschnitt in %1 gespeichert</translation>
    </message>
    <message>
        <source>Capture not saved</source>
        <translation>Mitschnitt nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Ui::MenuEntryForm</name>
    <message>
        <source>A short id, unique in the menu: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;. Hosts name one entry as menu/entry.</source>
        <translation>Eine kurze Kennung, eindeutig im Menü: Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;. Hosts verweisen auf einen einzelnen Eintrag als Menü/Eintrag.</translation>
    </message>
    <message>
        <source>What the boot menu shows</source>
        <translation>Was das Boot-Menü anzeigt</translation>
    </message>
    <message>
        <source>The kernel, a path in the boot tree; pick one or type it</source>
        <translation>Der Kernel, ein Pfad im Boot-Verzeichnis; wählen Sie einen aus oder geben Sie ihn ein</translation>
    </message>
    <message>
        <source>Initrds in the boot tree, loaded in this order, separated by spaces</source>
        <translation>Initrds im Boot-Verzeichnis, in dieser Reihenfolge geladen, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>The kernel command line. {server}, {hostname}, {mac} and {ip} become the booting machine&apos;s values.</source>
        <translation>Die Kernel-Befehlszeile. {server}, {hostname}, {mac} und {ip} werden durch die Werte des bootenden Rechners ersetzt.</translation>
    </message>
    <message>
        <source>Insert &amp;variable</source>
        <translation>&amp;Variable einfügen</translation>
    </message>
    <message>
        <source>Inserts a variable at the cursor in the kernel arguments</source>
        <translation>Fügt an der Cursorposition eine Variable in die Kernel-Parameter ein</translation>
    </message>
    <message>
        <source>Rackside&apos;s address, as the machine reaches it</source>
        <translation>die Adresse von Rackside, wie der Rechner sie erreicht</translation>
    </message>
    <message>
        <source>the host&apos;s name</source>
        <translation>der Name des Hosts</translation>
    </message>
    <message>
        <source>the machine&apos;s MAC address</source>
        <translation>die MAC-Adresse des Rechners</translation>
    </message>
    <message>
        <source>the machine&apos;s IP address</source>
        <translation>die IP-Adresse des Rechners</translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation>&amp;Kernel:</translation>
    </message>
    <message>
        <source>The entry needs a name.</source>
        <translation>Der Eintrag braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name %1 can only hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</source>
        <translation>Der Name %1 darf nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten (höchstens 64).</translation>
    </message>
    <message>
        <source>The menu already has an entry called %1.</source>
        <translation>Das Menü hat bereits einen Eintrag namens %1.</translation>
    </message>
    <message>
        <source>The entry needs a kernel.</source>
        <translation>Der Eintrag braucht einen Kernel.</translation>
    </message>
    <message>
        <source>%1 is not in the boot tree: a machine booting this entry would stop there.</source>
        <translation>%1 ist nicht im Boot-Verzeichnis: ein Rechner, der diesen Eintrag bootet, bliebe dort stehen.</translation>
    </message>
    <message>
        <source>{%1} is not a variable: the kernel gets it as written. Known: {server}, {hostname}, {mac}, {ip}.</source>
        <translation>{%1} ist keine Variable: der Kernel erhält den Text unverändert. Bekannt: {server}, {hostname}, {mac}, {ip}.</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Sho&amp;wn as:</source>
        <translation>Ange&amp;zeigt als:</translation>
    </message>
    <message>
        <source>Init&amp;rds:</source>
        <translation>Init&amp;rds:</translation>
    </message>
    <message>
        <source>Ar&amp;guments:</source>
        <translation>&amp;Parameter:</translation>
    </message>
</context>
<context>
    <name>Ui::MenuForm</name>
    <message>
        <source>A short id, unique in the site; hosts name their menu by it</source>
        <translation>Eine kurze Kennung, eindeutig im Standort; Hosts geben ihr Menü damit an</translation>
    </message>
    <message>
        <source>Shown above the entries; may be empty</source>
        <translation>Wird über den Einträgen angezeigt; darf leer sein</translation>
    </message>
    <message>
        <source>The entry booted when nobody presses a key</source>
        <translation>Der Eintrag, der bootet, wenn niemand eine Taste drückt</translation>
    </message>
    <message>
        <source>wait forever</source>
        <translation>unbegrenzt warten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before the default entry boots; 0 boots it at once</source>
        <translation>Sekunden, bis der Standardeintrag bootet; 0 bootet ihn sofort</translation>
    </message>
    <message>
        <source>Machines that are not hosts, and hosts without a menu, boot this menu</source>
        <translation>Rechner, die keine Hosts sind, und Hosts ohne Menü booten dieses Menü</translation>
    </message>
    <message>
        <source>Menu &amp;name:</source>
        <translation>Menün&amp;ame:</translation>
    </message>
    <message>
        <source>the first entry</source>
        <translation>der erste Eintrag</translation>
    </message>
    <message>
        <source>The menu needs a name.</source>
        <translation>Das Menü braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name %1 can only hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</source>
        <translation>Der Name %1 darf nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten (höchstens 64).</translation>
    </message>
    <message>
        <source>There is already a menu called %1.</source>
        <translation>Es gibt bereits ein Menü namens %1.</translation>
    </message>
    <message>
        <source>Unknown ma&amp;chines get this menu</source>
        <translation>&amp;Unbekannte Rechner erhalten dieses Menü</translation>
    </message>
    <message>
        <source>Menu &amp;title:</source>
        <translation>Menü&amp;titel:</translation>
    </message>
    <message>
        <source>Default entr&amp;y:</source>
        <translation>Standardeintra&amp;g:</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>&amp;Wartezeit:</translation>
    </message>
    <message>
        <source>%1 machines without a menu of their own get this one rather than the default (GRUB tells the firmware apart when it runs; PXELINUX counts as BIOS)</source>
        <translation>%1-Rechner ohne eigenes Menü erhalten dieses statt des Standardmenüs (GRUB erkennt die Firmware beim Start; PXELINUX zählt als BIOS)</translation>
    </message>
    <message>
        <source>For firmware:</source>
        <translation>Für Firmware:</translation>
    </message>
</context>
<context>
    <name>Ui::MenusModel</name>
    <message>
        <source>add menu %1</source>
        <translation>Menü %1 hinzufügen</translation>
    </message>
    <message>
        <source>remove menu %1</source>
        <translation>Menü %1 entfernen</translation>
    </message>
    <message>
        <source>edit menu %1</source>
        <translation>Menü %1 bearbeiten</translation>
    </message>
    <message>
        <source>make %1 the default menu</source>
        <translation>%1 zum Standardmenü machen</translation>
    </message>
    <message>
        <source>add entry %1 to %2</source>
        <translation>Eintrag %1 zu Menü %2 hinzufügen</translation>
    </message>
    <message>
        <source>remove entry %1 from %2</source>
        <translation>Eintrag %1 aus Menü %2 entfernen</translation>
    </message>
    <message>
        <source>edit entry %1 of %2</source>
        <translation>Eintrag %1 von Menü %2 bearbeiten</translation>
    </message>
    <message>
        <source>move entry %1 of %2</source>
        <translation>Eintrag %1 von Menü %2 verschieben</translation>
    </message>
    <message>
        <source>The default menu (in bold): machines without a menu of their own get it</source>
        <translation>Das Standardmenü (fett): Rechner ohne eigenes Menü erhalten es</translation>
    </message>
    <message>
        <source>%1, the default entry (in bold): %2 %3</source>
        <translation>%1, der Standardeintrag (fett): %2 %3</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 machines get the default menu</source>
        <translation>%1-Rechner erhalten das Standardmenü</translation>
    </message>
    <message>
        <source>%1 machines get menu %2</source>
        <translation>%1-Rechner erhalten Menü %2</translation>
    </message>
</context>
<context>
    <name>Ui::MenusPage</name>
    <message>
        <source>The site&apos;s boot menus; hosts boot one of them or one of their entries</source>
        <translation>Die Boot-Menüs des Standorts; Hosts booten eines davon oder einen ihrer Einträge</translation>
    </message>
    <message>
        <source>The selected menu&apos;s entries, in the order the menu shows them; drag one, or press Alt+Up and Alt+Down, to move it</source>
        <translation>Die Einträge des ausgewählten Menüs in der Reihenfolge, in der das Menü sie zeigt; ziehen Sie einen Eintrag oder drücken Sie Alt+Up und Alt+Down, um ihn zu verschieben</translation>
    </message>
    <message>
        <source>Hosts that boot the selected menu (or one of its entries); tick a host to give it this menu, untick it to give it the default</source>
        <translation>Hosts, die das ausgewählte Menü (oder einen seiner Einträge) booten; haken Sie einen Host an, um ihm dieses Menü zuzuweisen, entfernen Sie den Haken, um ihm das Standardmenü zuzuweisen</translation>
    </message>
    <message>
        <source>Add an empty menu</source>
        <translation>Ein leeres Menü hinzufügen</translation>
    </message>
    <message>
        <source>Copy the menu with its entries</source>
        <translation>Das Menü mit seinen Einträgen kopieren</translation>
    </message>
    <message>
        <source>Remove the menu; its hosts get the default menu</source>
        <translation>Das Menü entfernen; seine Hosts erhalten das Standardmenü</translation>
    </message>
    <message>
        <source>Add an entry after the selected one</source>
        <translation>Einen Eintrag nach dem ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Copy the entry below itself</source>
        <translation>Eine Kopie des Eintrags direkt darunter einfügen</translation>
    </message>
    <message>
        <source>Remove the entry</source>
        <translation>Den Eintrag entfernen</translation>
    </message>
    <message>
        <source>Move the entry up</source>
        <translation>Den Eintrag nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the entry down</source>
        <translation>Den Eintrag nach unten verschieben</translation>
    </message>
    <message>
        <source>What the machine gets</source>
        <translation>Was der Rechner erhält</translation>
    </message>
    <message>
        <source>no MAC yet</source>
        <translation>noch keine MAC</translation>
    </message>
    <message>
        <source>Boots this menu, the default</source>
        <translation>Bootet dieses Menü, das Standardmenü</translation>
    </message>
    <message>
        <source>Boots the default menu</source>
        <translation>Bootet das Standardmenü</translation>
    </message>
    <message>
        <source>Boots only entry %1 of this menu</source>
        <translation>Bootet nur den Eintrag %1 dieses Menüs</translation>
    </message>
    <message>
        <source>Boots menu %1</source>
        <translation>Bootet Menü %1</translation>
    </message>
    <message>
        <source>rename menu %1 to %2</source>
        <translation>Menü %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>rename entry %1 to %2</source>
        <translation>Eintrag %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>remove menu %1</source>
        <translation>Menü %1 entfernen</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>remove entry %1 from %2</source>
        <translation>Eintrag %1 aus Menü %2 entfernen</translation>
    </message>
    <message>
        <source>Add menu</source>
        <translation>Menü hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate menu</source>
        <translation>Menü duplizieren</translation>
    </message>
    <message>
        <source>Remove menu</source>
        <translation>Menü entfernen</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate entry</source>
        <translation>Eintrag duplizieren</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Men&amp;us</source>
        <translation>B&amp;oot-Menüs</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Hosts booting this menu</source>
        <translation>Hosts, die dieses Menü booten</translation>
    </message>
    <message>
        <source>Boots this menu on %1 firmware, else the default menu</source>
        <translation>Bootet dieses Menü auf %1-Firmware, sonst das Standardmenü</translation>
    </message>
</context>
<context>
    <name>Ui::NetbootImagesModel</name>
    <message>
        <source>Rackside&apos;s GRUB booter: the Mac boots its menu, like a PC</source>
        <translation>Racksides GRUB-Booter: der Mac startet sein Menü wie ein PC</translation>
    </message>
    <message>
        <source>Served from %1</source>
        <translation>Bereitgestellt aus %1</translation>
    </message>
    <message>
        <source>the boot tree</source>
        <translation>dem Boot-Verzeichnis</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>hardware test</source>
        <translation>Hardwaretest</translation>
    </message>
    <message>
        <source>%1, installer</source>
        <translation>%1, Installation</translation>
    </message>
    <message>
        <source>every Mac</source>
        <translation>jeder Mac</translation>
    </message>
    <message>
        <source>Rackside&apos;s GRUB</source>
        <translation>Racksides GRUB</translation>
    </message>
    <message>
        <source>Mac NetBoot image</source>
        <translation>Mac-NetBoot-Abbild</translation>
    </message>
    <message>
        <source>BSDP id</source>
        <translation>BSDP-ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Booter</source>
        <translation>Booter</translation>
    </message>
    <message>
        <source>Pinned hosts</source>
        <translation>Gebundene Hosts</translation>
    </message>
</context>
<context>
    <name>Ui::NetbootImagesPane</name>
    <message>
        <source>Add NBI folder…</source>
        <translation>NBI-Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add GRUB image…</source>
        <translation>GRUB-Abbild hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>An Apple NetBoot image folder (.nbi) made by System Image Utility or AutoNBI; served as it is. You can also drop it on the window.</source>
        <translation>Ein Apple-NetBoot-Abbildordner (.nbi) aus dem System Image Utility oder AutoNBI; wird so bereitgestellt, wie er ist. Sie können ihn auch auf das Fenster ziehen.</translation>
    </message>
    <message>
        <source>An entry in the Mac&apos;s boot picker that starts Rackside&apos;s GRUB booter: the Mac then boots its menu, like a PC</source>
        <translation>Ein Eintrag in der Startauswahl des Mac, der Racksides GRUB-Booter startet: der Mac startet dann sein Menü wie ein PC</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mac NetBoot images&lt;/b&gt; (BSDP: what Intel Macs see when they start with N held down or pick a network disk)</source>
        <translation>&lt;b&gt;Mac-NetBoot-Abbilder&lt;/b&gt; (BSDP: was Intel-Macs sehen, wenn sie mit gedrückter N-Taste starten oder ein Netzwerkvolume wählen)</translation>
    </message>
    <message>
        <source>Add an Apple NBI folder</source>
        <translation>Apple-NBI-Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Add a Mac NetBoot image</source>
        <translation>Mac-NetBoot-Abbild hinzufügen</translation>
    </message>
    <message>
        <source>The name the Mac&apos;s boot picker shows:</source>
        <translation>Der Name, den die Startauswahl des Mac zeigt:</translation>
    </message>
    <message>
        <source>Rackside</source>
        <translation>Rackside</translation>
    </message>
</context>
<context>
    <name>Ui::OtherServersDialog</name>
    <message>
        <source>Another DHCP server answered</source>
        <translation>Ein anderer DHCP-Server hat geantwortet</translation>
    </message>
    <message>
        <source>Another DHCP server answers on %1.</source>
        <translation>Auf %1 antwortet ein anderer DHCP-Server.</translation>
    </message>
    <message>
        <source>Two servers handing out addresses on one network give machines conflicting leases, so Rackside has not started.

In proxy mode the other server keeps handing out addresses and Rackside only adds the boot information.</source>
        <translation>Zwei Server, die in einem Netz Adressen vergeben, geben den Rechnern widersprüchliche Leases, daher wurde Rackside nicht gestartet.

Im Proxy-Modus vergibt der andere Server weiterhin die Adressen und Rackside ergänzt nur die Boot-Informationen.</translation>
    </message>
    <message>
        <source>Use proxy mode</source>
        <translation>Proxy-Modus verwenden</translation>
    </message>
    <message>
        <source>Serve anyway</source>
        <translation>Trotzdem Adressen vergeben</translation>
    </message>
    <message>
        <source>Hand out addresses although the other server does too</source>
        <translation>Adressen vergeben, obwohl der andere Server das ebenfalls tut</translation>
    </message>
</context>
<context>
    <name>Ui::ServiceLights</name>
    <message>
        <source>ports %1, %2</source>
        <translation>Ports %1, %2</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>DHCP off</source>
        <translation>DHCP aus</translation>
    </message>
    <message>
        <source>%1 stopped · %2</source>
        <extracomment>%1 is TFTP or HTTP, %2 &quot;port 69&quot;</extracomment>
        <translation>%1 gestoppt · %2</translation>
    </message>
    <message>
        <source>Looking for other DHCP servers…</source>
        <translation>Suche nach anderen DHCP-Servern…</translation>
    </message>
    <message>
        <source>%1 running · %2</source>
        <translation>%1 läuft · %2</translation>
    </message>
    <message>
        <source>%1 failed · %2</source>
        <translation>%1 fehlgeschlagen · %2</translation>
    </message>
    <message>
        <source>%1 off</source>
        <extracomment>%1 is TFTP or HTTP</extracomment>
        <translation>%1 aus</translation>
    </message>
    <message>
        <source>%1 waits for the DHCP check</source>
        <translation>%1 wartet auf die DHCP-Prüfung</translation>
    </message>
    <message>
        <source>%1 off: the site has no boot tree</source>
        <translation>%1 aus: der Standort hat kein Boot-Verzeichnis</translation>
    </message>
</context>
<context>
    <name>Ui::SiteFiles</name>
    <message>
        <source>Cannot open site</source>
        <translation>Standort kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 cannot be used:</source>
        <translation>%1 kann nicht verwendet werden:</translation>
    </message>
    <message>
        <source>Open site</source>
        <translation>Standort öffnen</translation>
    </message>
    <message>
        <source>Rackside sites (*.json);;All files (*)</source>
        <translation>Rackside-Standorte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save site as</source>
        <translation>Standort speichern unter</translation>
    </message>
    <message>
        <source>Rackside sites (*.json)</source>
        <translation>Rackside-Standorte (*.json)</translation>
    </message>
    <message>
        <source>Cannot save site</source>
        <translation>Standort kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>No recent sites</source>
        <translation>Keine zuletzt geöffneten Standorte</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Ui::TimelineDelegate</name>
    <message>
        <source>%1: %2 - %3 (%4 s)</source>
        <translation>%1: %2 - %3 (%4 s)</translation>
    </message>
    <message>
        <source>%1 %2: %3 bytes</source>
        <translation>%1 %2: %3 Bytes</translation>
    </message>
    <message>
        <source> (in flight)</source>
        <translation> (wird übertragen)</translation>
    </message>
</context>
<context>
    <name>Ui::TimelineModel</name>
    <message>
        <source>%1, boot session %2</source>
        <translation>%1, Boot-Sitzung %2</translation>
    </message>
    <message>
        <source>Vendor class: %1</source>
        <translation>Herstellerklasse: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>started over during the %1 stage</source>
        <translation>während der Phase „%1“ neu gestartet</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>, %1 s left</source>
        <translation>, noch %1 s</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
</TS>
