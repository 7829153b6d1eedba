<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Boot::GrubImage</name>
    <message>
        <source>%1 is missing (install %2)</source>
        <translation>%1 manque (installez %2)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot write GRUB&apos;s embedded config in %1</source>
        <translation>impossible d&apos;écrire la configuration intégrée de GRUB dans %1</translation>
    </message>
    <message>
        <source>cannot run %1 (package grub-common): %2</source>
        <translation>impossible d&apos;exécuter %1 (paquet grub-common)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot move the GRUB image to %1</source>
        <translation>impossible de déplacer l&apos;image GRUB vers %1</translation>
    </message>
</context>
<context>
    <name>Boot::LoaderTree</name>
    <message>
        <source>%1 (%2) is missing: install %3</source>
        <translation>%1 (%2) est absent&#xa0;: installez %3</translation>
    </message>
    <message>
        <source>cannot run %1 (package grub-common): %2</source>
        <translation>impossible d&apos;exécuter %1 (paquet grub-common)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 for %2 did not finish in %3 s</source>
        <translation>%1 pour %2 ne s&apos;est pas terminé en %3 s</translation>
    </message>
    <message>
        <source>%1 for %2 failed: %3</source>
        <translation>%1 pour %2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation>impossible de copier %1 vers %2</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>impossible de remplacer %1</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>impossible de déplacer %1 vers %2</translation>
    </message>
</context>
<context>
    <name>Boot::MacBooter</name>
    <message>
        <source>Macs cannot get Rackside&apos;s GRUB booter: %1</source>
        <translation>les Mac ne peuvent pas recevoir le booter GRUB de Rackside&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Boot::ProxyLoaders</name>
    <message>
        <source>GRUB for proxy mode (%1): %2</source>
        <translation>GRUB pour le mode proxy (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Boot::ServedFiles</name>
    <message>
        <source>Image %1: %2</source>
        <translation>Image %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Macs cannot get Rackside&apos;s GRUB booter: no server address is known</source>
        <translation>les Mac ne peuvent pas recevoir le booter GRUB de Rackside&#xa0;: aucune adresse de serveur n&apos;est connue</translation>
    </message>
    <message>
        <source>Proxy mode: Rackside serves its own GRUB in %1, with its address built in, instead of the boot tree&apos;s (GRUB would ask the other DHCP server for its files)</source>
        <translation>Mode proxy&#xa0;: Rackside sert son propre GRUB dans %1, avec son adresse intégrée, au lieu de celui de l&apos;arborescence de démarrage (GRUB demanderait ses fichiers à l&apos;autre serveur DHCP)</translation>
    </message>
</context>
<context>
    <name>Dhcp::OtherInterfaceWatch</name>
    <message>
        <source>asks to boot on %1, but Rackside answers only on %2</source>
        <translation>demande à démarrer sur %1, mais Rackside ne répond que sur %2</translation>
    </message>
</context>
<context>
    <name>Dhcp::Responder</name>
    <message>
        <source>its first DHCP request reached Rackside %1 s after it began asking: the earlier ones were lost on the way</source>
        <translation>sa première requête DHCP a atteint Rackside %1 s après qu&apos;il a commencé à demander : les précédentes se sont perdues en route</translation>
    </message>
    <message>
        <source>took %1 from the DHCP server %2; Rackside had %3 ready for it</source>
        <translation>a pris %1 du serveur DHCP %2 ; Rackside lui avait préparé %3</translation>
    </message>
    <message>
        <source>took an address from the DHCP server %1; Rackside had %2 ready for it</source>
        <translation>a pris une adresse du serveur DHCP %1 ; Rackside lui avait préparé %2</translation>
    </message>
</context>
<context>
    <name>Dhcp::Server</name>
    <message>
        <source>%1 is in use by %2 (it answered ARP): offered %3 instead</source>
        <translation>%1 est utilisée par %2 (elle a répondu à ARP) : %3 proposée à la place</translation>
    </message>
    <message>
        <source>%1 is in use by %2 (it answered ARP)</source>
        <translation>%1 est utilisée par %2 (elle a répondu à ARP)</translation>
    </message>
</context>
<context>
    <name>Firewall::Finding</name>
    <message>
        <source>the laptop&apos;s firewall (%1) drops %2 arriving on %3: %4</source>
        <translation>le pare-feu du portable (%1) rejette %2 arrivant sur %3 : %4</translation>
    </message>
    <message>
        <source>the laptop&apos;s firewall (%1) may drop %2 arriving on %3: %4</source>
        <translation>le pare-feu du portable (%1) rejette peut-être %2 arrivant sur %3 : %4</translation>
    </message>
</context>
<context>
    <name>Images::ImageImport</name>
    <message>
        <source>Nothing to import.</source>
        <translation>Rien à importer.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a Linux kernel: give the kernel first, then its initrds.</source>
        <translation>%1 n’est pas un noyau Linux&#xa0;: donnez d’abord le noyau, puis ses initrd (give the kernel first).</translation>
    </message>
    <message>
        <source>%1 is a kernel: give its initrd too.</source>
        <translation>%1 est un noyau&#xa0;: donnez aussi son initrd.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is already imported, as %2.</source>
        <translation>%1 est déjà importé, sous le nom %2 (already imported, as %2).</translation>
    </message>
    <message>
        <source>An image called %1 is already imported. Remove it first, or give this one another name.</source>
        <translation>Une image nommée %1 est déjà importée (already imported). Retirez-la d’abord, ou donnez un autre nom à celle-ci.</translation>
    </message>
    <message>
        <source>The boot tree already has a folder images/%1. Remove it first, or give this image another name.</source>
        <translation>L’arborescence de démarrage a déjà un dossier images/%1. Retirez-le d’abord, ou donnez un autre nom à cette image.</translation>
    </message>
    <message>
        <source>No Linux kernel and initrd found in %1.</source>
        <translation>Aucun noyau Linux ni initrd trouvé dans %1.</translation>
    </message>
    <message>
        <source>%1 is no installer Rackside knows. The kernel looks like %2 and the initrd like %3: confirm to import them as they are.</source>
        <translation>%1 n’est pas un installateur que Rackside connaît. Le noyau semble être %2 et l’initrd %3&#xa0;: confirmez pour les importer tels quels.</translation>
    </message>
    <message>
        <source>%1 installs from its ISO image: import the ISO itself.</source>
        <translation>%1 s’installe depuis son image ISO&#xa0;: importez l’ISO elle-même (import the ISO itself).</translation>
    </message>
    <message>
        <source>%1 is not an image name (letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;, at most 64).</source>
        <translation>%1 n’est pas un nom d’image (lettres, chiffres, &apos;.&apos;, &apos;-&apos; et &apos;_&apos;, 64 au plus).</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Impossible d’écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 in %2.</source>
        <translation>Impossible de lire %1 dans %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import annulé.</translation>
    </message>
    <message>
        <source>Cannot move the copies to %1.</source>
        <translation>Impossible de déplacer les copies vers %1.</translation>
    </message>
    <message>
        <source>Add an answer file named %1 to the site to install unattended.</source>
        <translation>Ajoutez au site un fichier de réponses nommé %1 pour installer sans surveillance.</translation>
    </message>
    <message>
        <source>Import one image at a time: %1 is an image of its own.</source>
        <translation>Importez une image à la fois&#xa0;: %1 est une image à part.</translation>
    </message>
    <message>
        <source>Import one image at a time: %1 is an ISO.</source>
        <translation>Importez une image à la fois&#xa0;: %1 est une ISO.</translation>
    </message>
</context>
<context>
    <name>Images::Installer</name>
    <message>
        <source>This tree has no packages: the installer takes them from the kickstart&apos;s repository or the distribution&apos;s mirrors.</source>
        <translation>Cette arborescence n’a pas de paquets&#xa0;: l’installateur les prend dans le dépôt du kickstart ou sur les miroirs de la distribution.</translation>
    </message>
    <message>
        <source>Machines need more RAM than the ISO&apos;s size: the installer loads all of it.</source>
        <translation>Les machines ont besoin de plus de RAM que la taille de l’ISO&#xa0;: l’installateur la charge en entier.</translation>
    </message>
    <message>
        <source>The initrd on Debian&apos;s installation ISO looks for the CD and cannot install over the network. Import Debian&apos;s netboot archive (netboot.tar.gz) instead, or pair this ISO with the netboot initrd of the same version.</source>
        <translation>L’initrd de l’ISO d’installation de Debian cherche le CD et ne peut pas installer par le réseau. Importez plutôt l’archive netboot de Debian (netboot.tar.gz), ou associez cette ISO à l’initrd netboot de la même version.</translation>
    </message>
    <message>
        <source>Alpine&apos;s ISO initramfs may lack network drivers; its netboot files have them.</source>
        <translation>L’initramfs de l’ISO d’Alpine peut manquer de pilotes réseau&#xa0;; ses fichiers netboot les ont.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>No kernel and initrd where %1 keeps them.</source>
        <translation>Pas de noyau ni d’initrd là où %1 les range.</translation>
    </message>
</context>
<context>
    <name>Images::NbiFolder</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: not a NetBoot image&apos;s description</source>
        <translation>%1 dépasse 1 Mio&#xa0;: ce n&apos;est pas la description d&apos;une image NetBoot</translation>
    </message>
    <message>
        <source>%1 is not a property list Rackside can read (%2)</source>
        <translation>%1 n&apos;est pas une liste de propriétés que Rackside sait lire (%2)</translation>
    </message>
    <message>
        <source>%1 needs a Name and an Index from 1 to 65535</source>
        <translation>%1 doit avoir un Name et un Index de 1 à 65535</translation>
    </message>
    <message>
        <source>%1: BootFile %2 is not a file name in the image&apos;s i386 folder</source>
        <translation>%1&#xa0;: BootFile %2 n&apos;est pas un nom de fichier du dossier i386 de l&apos;image</translation>
    </message>
    <message>
        <source>%1: RootPath %2 is not a path inside the image&apos;s folder</source>
        <translation>%1&#xa0;: RootPath %2 n&apos;est pas un chemin dans le dossier de l&apos;image</translation>
    </message>
</context>
<context>
    <name>Iso::IsoArchive</name>
    <message>
        <source>bytes %1-%2 lie past the end of the image (%3 bytes): is it truncated?</source>
        <translation>les octets %1-%2 sont au-delà de la fin de l’image (%3 octets)&#xa0;: est-elle tronquée&#xa0;?</translation>
    </message>
    <message>
        <source>cannot read bytes %1-%2: %3</source>
        <translation>impossible de lire les octets %1-%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>volume descriptor in block %1: %2</source>
        <translation>descripteur de volume du bloc %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no ISO 9660 volume descriptor at block 16: this is not an ISO image</source>
        <translation>aucun descripteur de volume ISO 9660 au bloc 16&#xa0;: ce n’est pas une image ISO (not an ISO image)</translation>
    </message>
    <message>
        <source>the volume descriptors have no terminator</source>
        <translation>les descripteurs de volume n’ont pas de terminateur (terminator)</translation>
    </message>
    <message>
        <source>more than %1 Rock Ridge continuation areas for one entry</source>
        <translation>plus de %1 zones de continuation Rock Ridge (continuation areas) pour une entrée</translation>
    </message>
    <message>
        <source>a Rock Ridge continuation area runs past its block</source>
        <translation>une zone de continuation Rock Ridge dépasse son bloc</translation>
    </message>
    <message>
        <source>%1: directory loop (block %2 is listed twice)</source>
        <translation>%1&#xa0;: boucle de répertoires (directory loop, le bloc %2 apparaît deux fois)</translation>
    </message>
    <message>
        <source>%1: a directory of %2 bytes is beyond belief</source>
        <translation>%1&#xa0;: un répertoire de %2 octets n’est pas crédible (beyond belief)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the parts of a multi-extent file end early</source>
        <translation>%1&#xa0;: les parties d’un fichier à plusieurs extents s’arrêtent trop tôt</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>plus de %1 entrées</translation>
    </message>
    <message>
        <source>%1: the relocated directory at block %2 is unreadable</source>
        <translation>%1&#xa0;: le répertoire déplacé au bloc %2 est illisible</translation>
    </message>
    <message>
        <source>%1: directories nest deeper than %2</source>
        <translation>%1&#xa0;: les répertoires sont imbriqués sur plus de %2 niveaux</translation>
    </message>
    <message>
        <source>%1 is zisofs-compressed, which is not supported</source>
        <translation>%1 est compressé avec zisofs, ce qui n’est pas pris en charge</translation>
    </message>
    <message>
        <source>%1: its data (bytes %2-%3) lies past the end of the image (%4 bytes): is it truncated?</source>
        <translation>%1&#xa0;: ses données (octets %2-%3) sont au-delà de la fin de l’image (%4 octets, past the end)&#xa0;: est-elle tronquée&#xa0;?</translation>
    </message>
    <message>
        <source>ISO images are read-only here</source>
        <translation>les images ISO sont ici en lecture seule (read-only)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the image</source>
        <translation>l’image</translation>
    </message>
    <message>
        <source>%1 is not a readable ISO 9660 image: %2</source>
        <translation>%1 n’est pas une image ISO 9660 lisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>the device cannot seek</source>
        <translation>le périphérique ne peut pas se positionner (seek)</translation>
    </message>
    <message>
        <source>it has no primary volume descriptor</source>
        <translation>elle n’a pas de descripteur de volume primaire</translation>
    </message>
    <message>
        <source>its block size is %1 bytes; only 2048 is supported</source>
        <translation>sa taille de bloc est de %1 octets&#xa0;; seule 2048 est prise en charge</translation>
    </message>
</context>
<context>
    <name>Site::BootTreeCheck</name>
    <message>
        <source>%1 is not in the boot tree (%2): machines that pick this entry will not boot</source>
        <translation>%1 n&apos;est pas dans l&apos;arborescence de démarrage (%2)&#xa0;: les machines qui choisissent cette entrée ne démarreront pas</translation>
    </message>
    <message>
        <source>%1 is neither in the boot tree nor among the installed loaders: these machines will not boot</source>
        <translation>%1 n&apos;est ni dans l&apos;arborescence de démarrage ni parmi les chargeurs installés&#xa0;: ces machines ne démarreront pas</translation>
    </message>
    <message>
        <source>%1 is not a UEFI program</source>
        <translation>%1 n&apos;est pas un programme UEFI</translation>
    </message>
    <message>
        <source>%1 is shim, but %2 is not beside it: Secure Boot machines stop after shim</source>
        <translation>%1 est shim, mais %2 n&apos;est pas à côté&#xa0;: les machines en Secure Boot s&apos;arrêtent après shim</translation>
    </message>
    <message>
        <source>%1 is shim, but %2 beside it is unsigned: Secure Boot machines will get Access Denied</source>
        <translation>%1 est shim, mais %2, à côté, n&apos;est pas signé&#xa0;: les machines en Secure Boot obtiendront «&#xa0;Access Denied&#xa0;»</translation>
    </message>
    <message>
        <source>a UEFI program</source>
        <translation>un programme UEFI</translation>
    </message>
    <message>
        <source>%1 (%2) is not signed: Secure Boot machines will get Access Denied (use a signed shim, such as Debian&apos;s bootnetx64.efi, with grubx64.efi beside it)</source>
        <translation>%1 (%2) n&apos;est pas signé&#xa0;: les machines en Secure Boot obtiendront «&#xa0;Access Denied&#xa0;» (utilisez un shim signé, comme le bootnetx64.efi de Debian, avec grubx64.efi à côté)</translation>
    </message>
    <message>
        <source>%1 (%2) is signed by a key the firmware does not trust out of the box: Secure Boot machines will get Access Denied (boot a signed shim instead, and it loads this file)</source>
        <translation>%1 (%2) est signé par une clé à laquelle le firmware ne fait pas confiance par défaut&#xa0;: les machines en Secure Boot obtiendront «&#xa0;Access Denied&#xa0;» (démarrez plutôt un shim signé, qui chargera ce fichier)</translation>
    </message>
</context>
<context>
    <name>Site::DhcpdConfReader</name>
    <message>
        <source>this string has no closing quote on its line</source>
        <translation>cette chaîne n&apos;a pas de guillemet fermant sur sa ligne</translation>
    </message>
    <message>
        <source>&quot;;&quot; is missing before &quot;}&quot;</source>
        <translation>il manque &quot;;&quot; avant &quot;}&quot;</translation>
    </message>
    <message>
        <source>this host block has no name: it is skipped</source>
        <translation>ce bloc host n&apos;a pas de nom&#xa0;: il est ignoré</translation>
    </message>
    <message>
        <source>a host block inside another host block is skipped</source>
        <translation>un bloc host placé dans un autre bloc host est ignoré</translation>
    </message>
    <message>
        <source>this &quot;}&quot; closes no block</source>
        <translation>ce &quot;}&quot; ne ferme aucun bloc</translation>
    </message>
    <message>
        <source>the text ends before the block opened at line %1 is closed: it may be cut off</source>
        <translation>le texte se termine avant la fermeture du bloc ouvert à la ligne %1&#xa0;: il est peut-être tronqué</translation>
    </message>
    <message>
        <source>(further syntax errors are not listed)</source>
        <translation>(les erreurs de syntaxe suivantes ne sont pas listées)</translation>
    </message>
    <message numerus="yes">
        <source>the text ends with %n blocks still open, the outermost opened at line %1: it may be cut off</source>
        <translation>
            <numerusform>le texte se termine avec %n bloc encore ouvert, ouvert à la ligne %1&#xa0;: il est peut-être tronqué</numerusform>
            <numerusform>le texte se termine avec %n blocs encore ouverts, le plus extérieur ouvert à la ligne %1&#xa0;: il est peut-être tronqué</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Site::DhcpdHostBlock</name>
    <message>
        <source>&quot;hardware %1&quot; is not Ethernet: Rackside knows hosts by Ethernet MAC</source>
        <translation>&quot;hardware %1&quot; n&apos;est pas Ethernet&#xa0;: Rackside identifie les hôtes par leur adresse MAC Ethernet</translation>
    </message>
    <message>
        <source>&quot;hardware ethernet&quot; has no MAC address</source>
        <translation>&quot;hardware ethernet&quot; n&apos;a pas d&apos;adresse MAC</translation>
    </message>
    <message>
        <source>%1 is not a MAC address</source>
        <translation>%1 n&apos;est pas une adresse MAC</translation>
    </message>
    <message>
        <source>no address: &quot;fixed-address&quot; is blank, so the host is kept and will take an address from a dynamic range</source>
        <translation>pas d&apos;adresse&#xa0;: &quot;fixed-address&quot; est vide, l&apos;hôte est donc conservé et prendra une adresse dans une plage dynamique</translation>
    </message>
    <message>
        <source>no address: &quot;fixed-address %1&quot; is a host name, which dhcpd looks up in DNS; the host is kept without an address</source>
        <translation>pas d&apos;adresse&#xa0;: &quot;fixed-address %1&quot; est un nom d&apos;hôte, que dhcpd résout via le DNS&#xa0;; l&apos;hôte est conservé sans adresse</translation>
    </message>
    <message>
        <source>&quot;fixed-address&quot; lists %1 addresses: took the first, %2</source>
        <translation>&quot;fixed-address&quot; indique %1 adresses&#xa0;: la première, %2, a été retenue</translation>
    </message>
    <message>
        <source>this host block is cut off (no closing &quot;}&quot;): check it</source>
        <translation>ce bloc host est tronqué (pas de &quot;}&quot; fermant)&#xa0;: vérifiez-le</translation>
    </message>
    <message>
        <source>this host block is cut off (no closing &quot;}&quot;) before its MAC address: skipped</source>
        <translation>ce bloc host est tronqué (pas de &quot;}&quot; fermant) avant son adresse MAC&#xa0;: ignoré</translation>
    </message>
    <message>
        <source>the host block at line %1 has no &quot;hardware ethernet&quot; statement: skipped</source>
        <translation>le bloc host de la ligne %1 n&apos;a pas d&apos;instruction &quot;hardware ethernet&quot;&#xa0;: ignoré</translation>
    </message>
</context>
<context>
    <name>Site::DnsmasqReader</name>
    <message>
        <source>the closing quote is missing: the line may be cut off</source>
        <translation>le guillemet fermant manque&#xa0;: la ligne est peut-être tronquée</translation>
    </message>
    <message>
        <source>the IPv6 address %1 is not imported: Rackside serves IPv4</source>
        <translation>l&apos;adresse IPv6 %1 n&apos;est pas importée&#xa0;: Rackside sert des adresses IPv4</translation>
    </message>
    <message>
        <source>a second address %1 is ignored</source>
        <translation>une deuxième adresse %1 est ignorée</translation>
    </message>
    <message>
        <source>%1 matches many machines: skipped</source>
        <translation>%1 correspond à plusieurs machines&#xa0;: ignoré</translation>
    </message>
    <message>
        <source>%1 is not an Ethernet MAC address</source>
        <translation>%1 n&apos;est pas une adresse MAC Ethernet</translation>
    </message>
    <message>
        <source>%1 is ignored: the host already has a name</source>
        <translation>%1 est ignoré&#xa0;: l&apos;hôte a déjà un nom</translation>
    </message>
    <message>
        <source>&quot;ignore&quot;: dnsmasq turns this machine away, so it is not imported</source>
        <translation>&quot;ignore&quot;&#xa0;: dnsmasq refuse cette machine, elle n&apos;est donc pas importée</translation>
    </message>
    <message>
        <source>no MAC address (dnsmasq matches this one by client ID): skipped</source>
        <translation>pas d&apos;adresse MAC (dnsmasq reconnaît cette machine à son identifiant client)&#xa0;: ignoré</translation>
    </message>
    <message>
        <source>no MAC address: skipped</source>
        <translation>pas d&apos;adresse MAC&#xa0;: ignoré</translation>
    </message>
    <message>
        <source>the client ID is not imported: Rackside knows hosts by MAC</source>
        <translation>l&apos;identifiant client n&apos;est pas importé&#xa0;: Rackside identifie les hôtes par leur adresse MAC</translation>
    </message>
    <message>
        <source>tags are not imported (%1): options that depend on them do not apply to this host</source>
        <translation>les tags ne sont pas importés (%1)&#xa0;: les options qui en dépendent ne s&apos;appliquent pas à cet hôte</translation>
    </message>
    <message numerus="yes">
        <source>further problems on this line are not listed (%n more)</source>
        <translation>
            <numerusform>le problème suivant de cette ligne n&apos;est pas listé (%n de plus)</numerusform>
            <numerusform>les problèmes suivants de cette ligne ne sont pas listés (%n de plus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MAC addresses share this line (dnsmasq gives the address to whichever asks): imported as one host each</source>
        <translation>
            <numerusform>%n adresse MAC partage cette ligne (dnsmasq donne l&apos;adresse à celle qui la demande)&#xa0;: importée comme un hôte distinct</numerusform>
            <numerusform>%n adresses MAC partagent cette ligne (dnsmasq donne l&apos;adresse à celle qui la demande)&#xa0;: chacune est importée comme un hôte distinct</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Site::HostCheck</name>
    <message>
        <source>a space</source>
        <translation>un espace</translation>
    </message>
    <message>
        <source>a MAC address is required</source>
        <translation>une adresse MAC est requise</translation>
    </message>
    <message>
        <source>%1 is not a network card&apos;s address</source>
        <translation>%1 n&apos;est pas l&apos;adresse d&apos;une carte réseau</translation>
    </message>
    <message>
        <source>%1 at position %2 is not a hex digit or a separator (: - .)</source>
        <translation>%1 (position %2) n&apos;est ni un chiffre hexadécimal ni un séparateur (: - .)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n hex digit(s); a MAC address has 12</source>
        <translation>
            <numerusform>%1 a %n chiffre hexadécimal&#xa0;; une adresse MAC en a 12</numerusform>
            <numerusform>%1 a %n chiffres hexadécimaux&#xa0;; une adresse MAC en a 12</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: write the digits in pairs with one separator (aa:bb:cc:dd:ee:ff or aa-bb-cc-dd-ee-ff) or in fours (aabb.ccdd.eeff)</source>
        <translation>%1&#xa0;: écrivez les chiffres par paires avec un seul séparateur (aa:bb:cc:dd:ee:ff ou aa-bb-cc-dd-ee-ff) ou par groupes de quatre (aabb.ccdd.eeff)</translation>
    </message>
    <message>
        <source>%1 looks like an IPv6 address; hosts get IPv4 addresses</source>
        <translation>%1 ressemble à une adresse IPv6&#xa0;; les hôtes reçoivent des adresses IPv4</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n part(s); IPv4 has four, as in 10.0.0.20</source>
        <translation>
            <numerusform>%1 a %n partie&#xa0;; une adresse IPv4 en a quatre, comme 10.0.0.20</numerusform>
            <numerusform>%1 a %n parties&#xa0;; une adresse IPv4 en a quatre, comme 10.0.0.20</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has an empty part between dots</source>
        <translation>%1 a une partie vide entre deux points</translation>
    </message>
    <message>
        <source>%1: %2 is not a number</source>
        <translation>%1&#xa0;: %2 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1: %2 starts with 0, which some tools read as an octal number</source>
        <translation>%1&#xa0;: %2 commence par 0, ce que certains outils lisent comme un nombre octal</translation>
    </message>
    <message>
        <source>%1: %2 is above 255</source>
        <translation>%1&#xa0;: %2 dépasse 255</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address</source>
        <translation>%1 n&apos;est pas une adresse IPv4</translation>
    </message>
    <message>
        <source>%1 contains a dot: enter the name alone, the site adds its domain</source>
        <translation>%1 contient un point&#xa0;: saisissez le nom seul, le site ajoute son domaine</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n characters long; a host name has at most 63</source>
        <translation>
            <numerusform>%1 fait %n caractère&#xa0;; un nom d&apos;hôte en compte 63 au plus</numerusform>
            <numerusform>%1 fait %n caractères&#xa0;; un nom d&apos;hôte en compte 63 au plus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contains %2; a host name has only letters a-z, digits and &apos;-&apos;</source>
        <translation>%1 contient %2&#xa0;; un nom d&apos;hôte ne contient que des lettres a-z, des chiffres et des &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1 starts or ends with &apos;-&apos;</source>
        <translation>%1 commence ou se termine par &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1 is a multicast address, never a machine&apos;s</source>
        <translation>%1 est une adresse multicast, jamais celle d&apos;une machine</translation>
    </message>
    <message>
        <source>the site has no menus, so %1 boots without a generated menu</source>
        <translation>le site n&apos;a pas de menus, donc %1 démarre sans menu généré</translation>
    </message>
    <message>
        <source>there is no menu called %1</source>
        <translation>il n&apos;y a pas de menu nommé %1</translation>
    </message>
    <message>
        <source>menu %1 has no entry called %2</source>
        <translation>le menu %1 n&apos;a pas d&apos;entrée nommée %2</translation>
    </message>
    <message>
        <source>%1 is outside the subnet %2</source>
        <translation>%1 est hors du sous-réseau %2</translation>
    </message>
    <message>
        <source>%1 is the network address of %2</source>
        <translation>%1 est l&apos;adresse réseau de %2</translation>
    </message>
    <message>
        <source>%1 is the broadcast address of %2</source>
        <translation>%1 est l&apos;adresse de diffusion de %2</translation>
    </message>
    <message>
        <source>%1 is inside the dynamic range %2 (%3)</source>
        <translation>%1 est dans la plage dynamique %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is the server&apos;s own address</source>
        <translation>%1 est l&apos;adresse du serveur lui-même</translation>
    </message>
    <message>
        <source>%1 is the router&apos;s address</source>
        <translation>%1 est l&apos;adresse du routeur</translation>
    </message>
    <message>
        <source>the host in row %1</source>
        <translation>l&apos;hôte de la ligne %1</translation>
    </message>
    <message>
        <source>%1 is already used by %2</source>
        <translation>%1 est déjà utilisé par %2</translation>
    </message>
</context>
<context>
    <name>Site::HostImport</name>
    <message>
        <source>table</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>there is nothing to import</source>
        <translation>il n&apos;y a rien à importer</translation>
    </message>
    <message>
        <source>this is neither a dhcpd.conf with host blocks, nor dnsmasq dhcp-host= lines, nor a table with a column of MAC addresses</source>
        <translation>ce n&apos;est ni un dhcpd.conf avec des blocs host, ni des lignes dnsmasq dhcp-host=, ni un tableau avec une colonne d&apos;adresses MAC</translation>
    </message>
    <message>
        <source>no hosts found (read as %1)</source>
        <translation>aucun hôte trouvé (lu comme %1)</translation>
    </message>
    <message>
        <source>(also at line %1, %2)</source>
        <translation>(également ligne %1, %2)</translation>
    </message>
    <message>
        <source>duplicate MAC address %1</source>
        <translation>adresse MAC %1 en double</translation>
    </message>
    <message>
        <source>duplicate address %1</source>
        <translation>adresse %1 en double</translation>
    </message>
    <message>
        <source>duplicate host name %1</source>
        <translation>nom d&apos;hôte %1 en double</translation>
    </message>
</context>
<context>
    <name>Site::HostTableReader</name>
    <message>
        <source>a second %1 column is ignored</source>
        <translation>une deuxième colonne %1 est ignorée</translation>
    </message>
    <message>
        <source>these columns are not known and are ignored: %1 (known: mac, hostname, ip, menu, boot file, notes)</source>
        <translation>ces colonnes sont inconnues et sont ignorées&#xa0;: %1 (colonnes connues&#xa0;: mac, hostname, ip, menu, boot file, notes)</translation>
    </message>
    <message>
        <source>this looks like a header row, but none of its names is known: columns are recognised by their content</source>
        <translation>cela ressemble à une ligne d&apos;en-tête, mais aucun de ses noms n&apos;est connu&#xa0;: les colonnes sont reconnues d&apos;après leur contenu</translation>
    </message>
    <message>
        <source>no column holds MAC addresses: nothing was imported (a header row can name the column &quot;mac&quot;)</source>
        <translation>aucune colonne ne contient d&apos;adresses MAC&#xa0;: rien n&apos;a été importé (une ligne d&apos;en-tête peut nommer la colonne &quot;mac&quot;)</translation>
    </message>
    <message>
        <source>no MAC address: the row is skipped</source>
        <translation>pas d&apos;adresse MAC&#xa0;: la ligne est ignorée</translation>
    </message>
    <message>
        <source>%1 is not a MAC address: the row is skipped</source>
        <translation>%1 n&apos;est pas une adresse MAC&#xa0;: la ligne est ignorée</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address: the host is kept without one</source>
        <translation>%1 n&apos;est pas une adresse IPv4&#xa0;: l&apos;hôte est conservé sans adresse</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1 du tableau</translation>
    </message>
    <message>
        <source>row %1, column %2</source>
        <translation>ligne %1 du tableau, colonne %2</translation>
    </message>
</context>
<context>
    <name>Site::JsonLocator</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation>texte inattendu après la fin du document</translation>
    </message>
    <message>
        <source>the file ends where a value should be</source>
        <translation>le fichier se termine là où une valeur est attendue</translation>
    </message>
    <message>
        <source>the document is nested too deeply</source>
        <translation>le document est trop profondément imbriqué</translation>
    </message>
    <message>
        <source>this string is not closed</source>
        <translation>cette chaîne n&apos;est pas fermée</translation>
    </message>
    <message>
        <source>expected a value, found &apos;%1&apos;</source>
        <translation>attendu&#xa0;: une valeur, trouvé&#xa0;: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is not a JSON value (text needs double quotes)</source>
        <translation>%1 n&apos;est pas une valeur JSON (le texte doit être entre guillemets doubles)</translation>
    </message>
    <message>
        <source>the file ends inside the object opened at %1:%2</source>
        <translation>le fichier se termine à l&apos;intérieur de l&apos;objet ouvert en %1:%2</translation>
    </message>
    <message>
        <source>no member follows this &apos;,&apos; (JSON allows no trailing comma)</source>
        <translation>aucun membre ne suit cette &apos;,&apos; (JSON n&apos;autorise pas de virgule finale)</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>attendu&#xa0;: une clé entre guillemets doubles</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after key &quot;%1&quot;</source>
        <translation>attendu&#xa0;: &apos;:&apos; après la clé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after %1</source>
        <translation>attendu&#xa0;: &apos;,&apos; ou &apos;}&apos; après %1</translation>
    </message>
    <message>
        <source>the file ends inside the list opened at %1:%2</source>
        <translation>le fichier se termine à l&apos;intérieur de la liste ouverte en %1:%2</translation>
    </message>
    <message>
        <source>no element follows this &apos;,&apos; (JSON allows no trailing comma)</source>
        <translation>aucun élément ne suit cette &apos;,&apos; (JSON n&apos;autorise pas de virgule finale)</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after %1</source>
        <translation>attendu&#xa0;: &apos;,&apos; ou &apos;]&apos; après %1</translation>
    </message>
</context>
<context>
    <name>Site::MenuValidator</name>
    <message>
        <source>%1 is the name of an earlier menu</source>
        <translation>%1 est le nom d&apos;un menu précédent</translation>
    </message>
    <message>
        <source>there is no menu called %1</source>
        <translation>il n&apos;y a pas de menu nommé %1</translation>
    </message>
    <message>
        <source>%1 is not a folder name</source>
        <translation>%1 n&apos;est pas un nom de dossier</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to wait for a choice, or 0..%3 seconds)</source>
        <translation>%1 est hors limites (%2 pour attendre un choix, ou 0..%3 secondes)</translation>
    </message>
    <message>
        <source>a menu name is required</source>
        <translation>un nom de menu est requis</translation>
    </message>
    <message>
        <source>%1 is not a menu name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64)</source>
        <translation>%1 n&apos;est pas un nom de menu (lettres, chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;, 64 au plus)</translation>
    </message>
    <message>
        <source>a title is one line of text</source>
        <translation>un titre tient sur une seule ligne</translation>
    </message>
    <message>
        <source>a menu needs at least one entry</source>
        <translation>un menu doit avoir au moins une entrée</translation>
    </message>
    <message>
        <source>there is no entry called %1 in this menu</source>
        <translation>il n&apos;y a pas d&apos;entrée nommée %1 dans ce menu</translation>
    </message>
    <message>
        <source>%1 is the name of an earlier entry in this menu</source>
        <translation>%1 est le nom d&apos;une entrée précédente de ce menu</translation>
    </message>
    <message>
        <source>an entry name is required</source>
        <translation>un nom d&apos;entrée est requis</translation>
    </message>
    <message>
        <source>%1 is not an entry name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64)</source>
        <translation>%1 n&apos;est pas un nom d&apos;entrée (lettres, chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;, 64 au plus)</translation>
    </message>
    <message>
        <source>kernel arguments are one line of text</source>
        <translation>les arguments du noyau tiennent sur une seule ligne</translation>
    </message>
    <message>
        <source>a path in the boot tree is required</source>
        <translation>un chemin dans l&apos;arborescence de démarrage est requis</translation>
    </message>
    <message>
        <source>%1 is not a path inside the boot tree (expected a relative path such as debian-installer/amd64/linux)</source>
        <translation>%1 n&apos;est pas un chemin dans l&apos;arborescence de démarrage (chemin relatif attendu, par exemple debian-installer/amd64/linux)</translation>
    </message>
    <message>
        <source>%1 has a space, which PXELINUX cannot load</source>
        <translation>%1 contient un espace, que PXELINUX ne peut pas charger</translation>
    </message>
    <message>
        <source>the site has no menus, so %1 boots without a generated menu</source>
        <translation>le site n&apos;a pas de menus, donc %1 démarre sans menu généré</translation>
    </message>
    <message>
        <source>menu %1 has no entry called %2</source>
        <translation>le menu %1 n&apos;a pas d&apos;entrée nommée %2</translation>
    </message>
</context>
<context>
    <name>Site::NetbootCheck</name>
    <message>
        <source>the name the Mac&apos;s boot picker shows is required</source>
        <translation>le nom affiché par le sélecteur de démarrage du Mac est requis</translation>
    </message>
    <message>
        <source>%1 has control characters</source>
        <translation>%1 contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>the name is %1 bytes in UTF-8; BSDP carries at most %2</source>
        <translation>le nom fait %1 octets en UTF-8&#xa0;; BSDP en transporte au plus %2</translation>
    </message>
    <message>
        <source>%1 is already the name of netboot.images[%2]</source>
        <translation>%1 est déjà le nom de netboot.images[%2]</translation>
    </message>
    <message>
        <source>index %1 is already netboot.images[%2]&apos;s</source>
        <translation>l&apos;index %1 est déjà celui de netboot.images[%2]</translation>
    </message>
    <message>
        <source>%1 is not a Mac model (as the Mac sends it, e.g. &quot;MacBookPro11,1&quot;)</source>
        <translation>%1 n&apos;est pas un modèle de Mac (tel que le Mac l&apos;envoie, p. ex. &quot;MacBookPro11,1&quot;)</translation>
    </message>
    <message>
        <source>%1 is not a path in what Rackside serves (relative, no &quot;..&quot;)</source>
        <translation>%1 n&apos;est pas un chemin dans ce que Rackside sert (relatif, sans &quot;..&quot;)</translation>
    </message>
    <message>
        <source>no NetBoot image is called %1</source>
        <translation>aucune image NetBoot ne s&apos;appelle %1</translation>
    </message>
    <message>
        <source>the booter&apos;s path is %1 bytes; the Mac&apos;s firmware reads at most 127</source>
        <translation>le chemin du booter fait %1 octets&#xa0;; le firmware du Mac en lit au plus 127</translation>
    </message>
</context>
<context>
    <name>Site::NetbootReader</name>
    <message>
        <source>%1 is not a BSDP priority (0 to 65535; Apple&apos;s server uses 32768)</source>
        <translation>%1 n&apos;est pas une priorité BSDP (0 à 65535&#xa0;; le serveur d&apos;Apple utilise 32768)</translation>
    </message>
    <message>
        <source>a NetBoot image needs its &quot;index&quot; (1 to 4095 for this server, 4096 to 65535 when the same image is on several servers)</source>
        <translation>une image NetBoot a besoin de son &quot;index&quot; (1 à 4095 pour ce serveur, 4096 à 65535 quand la même image est sur plusieurs serveurs)</translation>
    </message>
    <message>
        <source>%1 is not an image index (1 to 65535)</source>
        <translation>%1 n&apos;est pas un index d&apos;image (1 à 65535)</translation>
    </message>
    <message>
        <source>%1 is not an image kind (expected &quot;macosx&quot;, &quot;macosx-server&quot;, &quot;macos9&quot; or &quot;hardware-test&quot;)</source>
        <translation>%1 n&apos;est pas un type d&apos;image (attendu&#xa0;: &quot;macosx&quot;, &quot;macosx-server&quot;, &quot;macos9&quot; ou &quot;hardware-test&quot;)</translation>
    </message>
</context>
<context>
    <name>Site::Problem</name>
    <message>
        <source>warning: </source>
        <translation>avertissement&#xa0;: </translation>
    </message>
</context>
<context>
    <name>Site::ReadableText</name>
    <message>
        <source>this is binary data, not text</source>
        <translation>ce sont des données binaires, pas du texte</translation>
    </message>
    <message>
        <source>control characters such as NUL bytes were read as spaces (%1 of them)</source>
        <translation>des caractères de contrôle comme les octets NUL ont été lus comme des espaces (%1 au total)</translation>
    </message>
    <message numerus="yes">
        <source>the text ends in %n NUL bytes: it may not have been written completely</source>
        <translation>
            <numerusform>le texte se termine par %n octet NUL&#xa0;: il n&apos;a peut-être pas été écrit entièrement</numerusform>
            <numerusform>le texte se termine par %n octets NUL&#xa0;: il n&apos;a peut-être pas été écrit entièrement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Site::SiteEditor</name>
    <message>
        <source>%1 installed: boot its local disk</source>
        <translation>%1 installé&#xa0;: démarrer son disque local</translation>
    </message>
    <message numerus="yes">
        <source>point %n host(s) at menu %1</source>
        <translation>
            <numerusform>faire pointer %n hôte vers le menu %1</numerusform>
            <numerusform>faire pointer %n hôtes vers le menu %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the site has no file yet: save it as one</source>
        <translation>le site n&apos;a pas encore de fichier : enregistrez-le sous un nom</translation>
    </message>
    <message>
        <source>take the changes made to %1</source>
        <translation>reprendre les modifications faites à %1</translation>
    </message>
    <message>
        <source>%1 changed on disk and no longer reads as a site</source>
        <translation>%1 a été modifié sur le disque et ne se lit plus comme un site</translation>
    </message>
    <message>
        <source>the site has no file yet</source>
        <translation>le site n&apos;a pas encore de fichier</translation>
    </message>
    <message>
        <source>other changes to the site are unsaved</source>
        <translation>d&apos;autres modifications du site ne sont pas enregistrées</translation>
    </message>
</context>
<context>
    <name>Site::SiteFile</name>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is too large (%1 bytes; a site file has at most %2)</source>
        <translation>le fichier est trop volumineux (%1 octets&#xa0;; un fichier de site fait au plus %2)</translation>
    </message>
    <message>
        <source>the folder %1 does not exist, so nothing of it is served</source>
        <translation>le dossier %1 n&apos;existe pas, rien n&apos;en est donc servi</translation>
    </message>
    <message>
        <source>expected a JSON object holding the site, found an array</source>
        <translation>attendu&#xa0;: un objet JSON contenant le site, trouvé&#xa0;: un tableau</translation>
    </message>
    <message>
        <source>not saving %1, the site has problems:
%2</source>
        <translation>%1 n&apos;est pas enregistré, le site présente des problèmes&#xa0;:
%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Site::SiteReader</name>
    <message>
        <source>unknown key %1 (expected one of: %2)</source>
        <translation>clé %1 inconnue (clés attendues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>attendu&#xa0;: %1, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address</source>
        <translation>%1 n&apos;est pas une adresse IPv4</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>attendu&#xa0;: un entier, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>key %1 is given twice (first at %2:%3)</source>
        <translation>la clé %1 apparaît deux fois (la première en %2:%3)</translation>
    </message>
    <message>
        <source>%1 is not a subnet (expected an IPv4 network such as 10.0.0.0/24)</source>
        <translation>%1 n&apos;est pas un sous-réseau (attendu&#xa0;: un réseau IPv4 comme 10.0.0.0/24)</translation>
    </message>
    <message>
        <source>%1 is not a MAC address (expected aa:bb:cc:dd:ee:ff)</source>
        <translation>%1 n&apos;est pas une adresse MAC (attendu&#xa0;: aa:bb:cc:dd:ee:ff)</translation>
    </message>
    <message>
        <source>%1 is not a usable MAC address</source>
        <translation>%1 n&apos;est pas une adresse MAC utilisable</translation>
    </message>
    <message>
        <source>give either &quot;menu&quot; or its older name &quot;profile&quot;, not both</source>
        <translation>indiquez soit &quot;menu&quot;, soit son ancien nom &quot;profile&quot;, pas les deux</translation>
    </message>
    <message>
        <source>%1 is not a next boot (expected &quot;menu&quot; or &quot;local&quot;)</source>
        <translation>%1 n&apos;est pas un prochain démarrage (attendu&#xa0;: &quot;menu&quot; ou &quot;local&quot;)</translation>
    </message>
    <message>
        <source>give the template either as &quot;text&quot; or as a &quot;file&quot; beside the site, one of the two</source>
        <translation>donnez le modèle soit en &quot;text&quot;, soit en &quot;file&quot; à côté du site, l&apos;un des deux</translation>
    </message>
    <message>
        <source>%1 is not a way to fetch kernels (expected &quot;tftp&quot; or &quot;http&quot;)</source>
        <translation>%1 n&apos;est pas un moyen de charger les noyaux (attendu&#xa0;: &quot;tftp&quot; ou &quot;http&quot;)</translation>
    </message>
    <message>
        <source>the file is required (a path beside the site, such as answers/ks.cfg)</source>
        <translation>le fichier est requis (un chemin à côté du site, par exemple answers/ks.cfg)</translation>
    </message>
    <message>
        <source>%1 is not an image source (expected &quot;iso&quot;, &quot;archive&quot;, &quot;folder&quot; or &quot;files&quot;)</source>
        <translation>%1 n’est pas une source d’image (attendu &quot;iso&quot;, &quot;archive&quot;, &quot;folder&quot; ou &quot;files&quot;)</translation>
    </message>
    <message>
        <source>an image needs its &quot;kernel&quot; (a path in the boot tree)</source>
        <translation>une image a besoin de son &quot;kernel&quot; (un chemin dans l’arborescence de démarrage)</translation>
    </message>
    <message>
        <source>%1 is not a DHCP mode (expected &quot;serve&quot;, &quot;proxy&quot;, &quot;bsdp&quot; or &quot;off&quot;)</source>
        <translation>%1 n&apos;est pas un mode DHCP (attendu&#xa0;: &quot;serve&quot;, &quot;proxy&quot;, &quot;bsdp&quot; ou &quot;off&quot;)</translation>
    </message>
</context>
<context>
    <name>Site::SiteValidator</name>
    <message>
        <source>unsupported version %1 (this Rackside reads version %2)</source>
        <translation>version %1 non prise en charge (cette version de Rackside lit la version %2)</translation>
    </message>
    <message>
        <source>%1 is out of range (%2..%3 seconds)</source>
        <translation>%1 est hors limites (%2..%3 secondes)</translation>
    </message>
    <message>
        <source>%1 is not a network interface name</source>
        <translation>%1 n&apos;est pas un nom d&apos;interface réseau</translation>
    </message>
    <message>
        <source>a subnet is required when mode is &quot;serve&quot;</source>
        <translation>un sous-réseau est requis quand le mode est &quot;serve&quot;</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address</source>
        <translation>%1 n&apos;est pas une adresse IPv4</translation>
    </message>
    <message>
        <source>%1 leaves no room for DHCP clients (the prefix must be /1 to /30)</source>
        <translation>%1 ne laisse pas de place aux clients DHCP (le préfixe doit être compris entre /1 et /30)</translation>
    </message>
    <message>
        <source>%1 has host bits set (did you mean %2/%3?)</source>
        <translation>%1 a des bits d&apos;hôte à 1 (vouliez-vous dire %2/%3&#xa0;?)</translation>
    </message>
    <message>
        <source>a start address is required</source>
        <translation>une adresse de début est requise</translation>
    </message>
    <message>
        <source>an end address is required</source>
        <translation>une adresse de fin est requise</translation>
    </message>
    <message>
        <source>start %1 is after end %2</source>
        <translation>le début %1 est après la fin %2</translation>
    </message>
    <message>
        <source>%1 is outside the subnet %2</source>
        <translation>%1 est hors du sous-réseau %2</translation>
    </message>
    <message>
        <source>%1 is the network address of %2</source>
        <translation>%1 est l&apos;adresse réseau de %2</translation>
    </message>
    <message>
        <source>%1 is the broadcast address of %2</source>
        <translation>%1 est l&apos;adresse de diffusion de %2</translation>
    </message>
    <message>
        <source>%1 overlaps %2 (%3)</source>
        <translation>%1 chevauche %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is not a domain name</source>
        <translation>%1 n&apos;est pas un nom de domaine</translation>
    </message>
    <message>
        <source>%1 is not an http:// URL</source>
        <translation>%1 n&apos;est pas une URL http://</translation>
    </message>
    <message>
        <source>%1 is not a path inside the boot tree (expected a relative path such as boot/grub/x86_64-efi/core.efi)</source>
        <translation>%1 n&apos;est pas un chemin dans l&apos;arborescence de démarrage (chemin relatif attendu, par exemple boot/grub/x86_64-efi/core.efi)</translation>
    </message>
    <message>
        <source>a MAC address is required</source>
        <translation>une adresse MAC est requise</translation>
    </message>
    <message>
        <source>%1 is already used by %2</source>
        <translation>%1 est déjà utilisé par %2</translation>
    </message>
    <message>
        <source>%1 is not a host name (letters, digits and &apos;-&apos;, at most 63 characters)</source>
        <translation>%1 n&apos;est pas un nom d&apos;hôte (lettres, chiffres et &apos;-&apos;, 63 caractères au plus)</translation>
    </message>
    <message>
        <source>a name is required (the file name installers ask for, such as ks.cfg)</source>
        <translation>un nom est requis (le nom de fichier que demandent les installateurs, par exemple ks.cfg)</translation>
    </message>
    <message>
        <source>%1 is not a file name (no slashes, not starting with &apos;.&apos;)</source>
        <translation>%1 n&apos;est pas un nom de fichier (sans barre oblique, ne commençant pas par &apos;.&apos;)</translation>
    </message>
    <message>
        <source>%1 is already the name of answerFiles[%2]</source>
        <translation>%1 est déjà le nom de answerFiles[%2]</translation>
    </message>
    <message>
        <source>%1 is not a variable name (letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter)</source>
        <translation>%1 n&apos;est pas un nom de variable (lettres, chiffres, &apos;_&apos; et &apos;-&apos;, commençant par une lettre)</translation>
    </message>
    <message>
        <source>{%1} is the machine&apos;s own value and cannot be set</source>
        <translation>{%1} est une valeur propre à la machine et ne peut pas être définie</translation>
    </message>
    <message>
        <source>%1 is not a folder name for URLs (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;)</source>
        <translation>%1 n&apos;est pas un nom de dossier pour les URL (lettres, chiffres, &apos;-&apos;, &apos;_&apos; et &apos;.&apos;)</translation>
    </message>
    <message>
        <source>%1 is Rackside&apos;s own (answer files and install-done)</source>
        <translation>%1 est réservé à Rackside (fichiers de réponses et install-done)</translation>
    </message>
    <message>
        <source>the folder to serve is required</source>
        <translation>le dossier à servir est requis</translation>
    </message>
    <message>
        <source>%1 is not an image name (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;)</source>
        <translation>%1 n’est pas un nom d’image (lettres, chiffres, &apos;-&apos;, &apos;_&apos; et &apos;.&apos;)</translation>
    </message>
    <message>
        <source>%1 is already the name of images[%2]</source>
        <translation>%1 est déjà le nom de images[%2]</translation>
    </message>
    <message>
        <source>%1 is not in the image&apos;s folder %2</source>
        <translation>%1 n’est pas dans le dossier %2 de l’image</translation>
    </message>
    <message>
        <source>the ISO, archive or folder the image came from is required</source>
        <translation>l’ISO, l’archive ou le dossier d’où vient l’image est requis</translation>
    </message>
</context>
<context>
    <name>Site::TableText</name>
    <message>
        <source>row %1</source>
        <translation>ligne %1 du tableau</translation>
    </message>
    <message>
        <source>this quote is never closed: the cell ends with its line</source>
        <translation>ce guillemet n&apos;est jamais fermé&#xa0;: la cellule se termine avec sa ligne</translation>
    </message>
    <message>
        <source>more than %1 columns: the rest of the line is ignored</source>
        <translation>plus de %1 colonnes&#xa0;: le reste de la ligne est ignoré</translation>
    </message>
</context>
<context>
    <name>Tftp::Server</name>
    <message>
        <source>TFTP stalled at %1-byte blocks: none got through, while smaller packets did. It gets at most %2-byte blocks for the next 30 minutes</source>
        <translation>TFTP bloqué à des blocs de %1 octets : aucun n'est passé, alors que des paquets plus petits passaient. Pendant les 30 prochaines minutes, il reçoit des blocs d'au plus %2 octets</translation>
    </message>
</context>
<context>
    <name>Timeline::BootEvent</name>
    <message>
        <source>checking</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>started</source>
        <translation>démarré</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>NetBoot</source>
        <translation>NetBoot</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installé</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>diagnostic</translation>
    </message>
</context>
<context>
    <name>Timeline::BootSession</name>
    <message>
        <source>failed, no reason given</source>
        <translation>échec, aucune raison donnée</translation>
    </message>
    <message>
        <source>the machine started over</source>
        <translation>la machine a redémarré</translation>
    </message>
    <message>
        <source>started over after fetching its boot loader %1: did the firmware refuse to run it (Secure Boot, wrong architecture)?</source>
        <translation>a redémarré après avoir récupéré son chargeur d&apos;amorçage %1&#xa0;: le firmware a-t-il refusé de l&apos;exécuter (Secure Boot, mauvaise architecture)&#xa0;?</translation>
    </message>
    <message>
        <source>no free address</source>
        <translation>aucune adresse libre</translation>
    </message>
    <message>
        <source>no boot file for it: %1</source>
        <translation>aucun fichier de démarrage pour cette machine&#xa0;: %1</translation>
    </message>
    <message>
        <source>offered %1, never requested: check the client&apos;s architecture</source>
        <translation>adresse %1 proposée, jamais demandée&#xa0;: vérifiez l&apos;architecture du client</translation>
    </message>
    <message>
        <source>given boot file %1 by proxyDHCP, never asked for it</source>
        <translation>fichier de démarrage %1 donné par proxyDHCP, jamais demandé</translation>
    </message>
    <message>
        <source>got address %1, never asked for its boot file</source>
        <translation>adresse %1 obtenue, fichier de démarrage jamais demandé</translation>
    </message>
    <message>
        <source>got an address, never asked for its boot file</source>
        <translation>adresse obtenue, fichier de démarrage jamais demandé</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>boot loader</source>
        <translation>chargeur d&apos;amorçage</translation>
    </message>
    <message>
        <source>menu</source>
        <translation>menu</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>noyau</translation>
    </message>
    <message>
        <source>initrd</source>
        <translation>initrd</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>passé au noyau</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>booting</source>
        <translation>en démarrage</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installé</translation>
    </message>
    <message>
        <source>Rackside refused the NetBoot image it chose: %1</source>
        <translation>Rackside a refusé l&apos;image NetBoot choisie&#xa0;: %1</translation>
    </message>
    <message>
        <source>image list</source>
        <translation>liste d&apos;images</translation>
    </message>
    <message>
        <source>image choice</source>
        <translation>choix d&apos;image</translation>
    </message>
    <message>
        <source>got Rackside&apos;s proxyDHCP offer of %1 but never came back to port 4011 or for the file: its firmware may ignore proxyDHCP offers</source>
        <translation>a reçu l&apos;offre proxyDHCP %1 de Rackside mais n&apos;est jamais revenu sur le port 4011 ni pour le fichier : son micrologiciel ignore peut-être les offres proxyDHCP</translation>
    </message>
</context>
<context>
    <name>Timeline::Diagnosis</name>
    <message>
        <source>Another DHCP server answers on this network. Stop it, keep the rack on a switch of its own, or set Rackside&apos;s DHCP mode to proxy so that the other server gives the addresses.</source>
        <translation>Un autre serveur DHCP répond sur ce réseau. Arrêtez-le, donnez à la baie son propre commutateur, ou mettez le mode DHCP de Rackside sur proxy pour que l&apos;autre serveur donne les adresses.</translation>
    </message>
    <message>
        <source>Some firmware ignores proxyDHCP offers. Serve addresses from Rackside on a network of its own, or have the other DHCP server name the boot file (options 66 and 67) for this machine.</source>
        <translation>Certains micrologiciels ignorent les offres proxyDHCP. Servez les adresses depuis Rackside sur un réseau à part, ou faites nommer le fichier de démarrage (options 66 et 67) par l&apos;autre serveur DHCP pour cette machine.</translation>
    </message>
    <message>
        <source>Rackside answers only on the interface chosen for the site. Choose the interface the machines are on, or plug the rack switch into the chosen one.</source>
        <translation>Rackside ne répond que sur l&apos;interface choisie pour le site. Choisissez l&apos;interface où sont les machines, ou branchez le commutateur de la baie sur celle choisie.</translation>
    </message>
    <message>
        <source>Its switch port probably forwards only after a spanning-tree delay. Make the port an edge port (portfast) so that the firmware&apos;s first requests get through.</source>
        <translation>Son port de commutateur ne transmet sans doute qu&apos;après un délai de spanning tree. Faites-en un port de bordure (portfast) pour que les premières requêtes du micrologiciel passent.</translation>
    </message>
    <message>
        <source>Path MTU smaller than 1500? A link between here and the machine (a VLAN, a tunnel) carries only smaller packets. Rackside now gives this machine smaller TFTP blocks; if the firmware gave up, boot it again.</source>
        <translation>MTU du chemin inférieure à 1500 ? Un lien entre ici et la machine (un VLAN, un tunnel) ne transporte que des paquets plus petits. Rackside donne désormais à cette machine des blocs TFTP plus petits ; si le micrologiciel a abandonné, redémarrez-la.</translation>
    </message>
    <message>
        <source>A device with a fixed address sits inside the DHCP range. Take that address out of the range, or give the device a reservation.</source>
        <translation>Un appareil à adresse fixe se trouve dans la plage DHCP. Retirez cette adresse de la plage, ou donnez une réservation à l&apos;appareil.</translation>
    </message>
    <message>
        <source>Machines may take that server&apos;s offers instead of Rackside&apos;s. Find it by its MAC address in the switch&apos;s address table and stop it, or set Rackside&apos;s DHCP mode to proxy.</source>
        <translation>Les machines risquent de prendre les offres de ce serveur au lieu de celles de Rackside. Trouvez-le par son adresse MAC dans la table d&apos;adresses du commutateur et arrêtez-le, ou mettez le mode DHCP de Rackside sur proxy.</translation>
    </message>
    <message>
        <source>Allow the ports Rackside serves (UDP 67, 69 and 4011, and its HTTP port) on the rack interface in the laptop&apos;s firewall.</source>
        <translation>Autorisez dans le pare-feu du portable les ports que sert Rackside (UDP 67, 69 et 4011, et son port HTTP) sur l&apos;interface de la baie.</translation>
    </message>
    <message>
        <source>%1. What to do: %2</source>
        <translation>%1. Que faire : %2</translation>
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
        <translation>session %1&#xa0;: </translation>
    </message>
    <message>
        <source>started</source>
        <translation>démarrée</translation>
    </message>
    <message>
        <source>started (%1)</source>
        <translation>démarrée (%1)</translation>
    </message>
    <message>
        <source>address %1 in %2</source>
        <translation>adresse %1 obtenue en %2</translation>
    </message>
    <message>
        <source>address from another server, %1 after the DISCOVER</source>
        <translation>adresse fournie par un autre serveur, %1 après le DISCOVER</translation>
    </message>
    <message>
        <source>the booted system fetched</source>
        <translation>le système démarré a récupéré</translation>
    </message>
    <message>
        <source>%1 %2 (%3 bytes in %4)</source>
        <translation>%1 %2 (%3 octets en %4)</translation>
    </message>
    <message>
        <source>the booted system asked for an address</source>
        <translation>le système démarré a demandé une adresse</translation>
    </message>
    <message>
        <source>failed after %1: %2</source>
        <translation>échec après %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2 bytes</source>
        <translation>%1 %2 octets</translation>
    </message>
    <message>
        <source>handed over after %1: %2</source>
        <translation>passé au noyau après %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>interrupted: the machine started over during the %1 stage</source>
        <translation>interrompue&#xa0;: la machine a redémarré pendant l&apos;étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>installed after %1: its next boot is its local disk</source>
        <translation>installé après %1&#xa0;: le prochain démarrage se fait sur son disque local</translation>
    </message>
    <message>
        <source>diagnosis: %1</source>
        <translation>diagnostic : %1</translation>
    </message>
</context>
<context>
    <name>Ui::BootPage</name>
    <message>
        <source>Filter machines: MAC, name, address, stage</source>
        <translation>Filtrer les machines&#xa0;: MAC, nom, adresse, étape</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <source>Keep the present at the right edge (End)</source>
        <translation>Garder l&apos;instant présent au bord droit (Fin)</translation>
    </message>
    <message>
        <source>Show a shorter stretch of time (Ctrl++, or Ctrl+wheel over the lanes)</source>
        <translation>Afficher une période plus courte (Ctrl++, ou Ctrl+molette sur les pistes)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Show a longer stretch of time (Ctrl+-)</source>
        <translation>Afficher une période plus longue (Ctrl+-)</translation>
    </message>
    <message>
        <source>Select a machine to see its transfers and events.</source>
        <translation>Sélectionnez une machine pour voir ses transferts et ses événements.</translation>
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
        <translation>dernières %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1, session %2: %3</source>
        <translation>%1, session %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>aborted: %1</source>
        <translation>abandonné&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add as a &amp;host…</source>
        <translation>Ajouter comme &amp;hôte…</translation>
    </message>
    <message>
        <source>&amp;Copy MAC address</source>
        <translation>&amp;Copier l&apos;adresse MAC</translation>
    </message>
    <message>
        <source>Zoom i&amp;n</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>  Diagnosis: %1</source>
        <translation>  Diagnostic : %1</translation>
    </message>
    <message>
        <source>no capture is kept</source>
        <translation>aucune capture n&apos;est conservée</translation>
    </message>
    <message>
        <source>Save &amp;capture…</source>
        <translation>Enregistrer la &amp;capture…</translation>
    </message>
    <message>
        <source>Save what Rackside saw of %1</source>
        <translation>Enregistrer ce que Rackside a vu de %1</translation>
    </message>
    <message>
        <source>pcapng captures (*.pcapng)</source>
        <translation>Captures pcapng (*.pcapng)</translation>
    </message>
</context>
<context>
    <name>Ui::ConfigPreview</name>
    <message>
        <source>Whose file to show: a host&apos;s, or what a machine Rackside does not know gets</source>
        <translation>Fichier à afficher&#xa0;: celui d&apos;un hôte, ou celui que reçoit une machine inconnue de Rackside</translation>
    </message>
    <message>
        <source>GRUB reads grub.cfg; PXELINUX reads pxelinux.cfg</source>
        <translation>GRUB lit grub.cfg&#xa0;; PXELINUX lit pxelinux.cfg</translation>
    </message>
    <message>
        <source>Generated from the menus on each request; edit the menu, not this text</source>
        <translation>Généré à partir des menus à chaque requête&#xa0;; modifiez le menu, pas ce texte</translation>
    </message>
    <message>
        <source>an unknown machine</source>
        <translation>une machine inconnue</translation>
    </message>
    <message>
        <source># The site has no menus: the boot tree&apos;s own files are served as they are.</source>
        <translation># Le site n&apos;a pas de menus&#xa0;: les fichiers de l&apos;arborescence de démarrage sont servis tels quels.</translation>
    </message>
    <message>
        <source># No menu for this machine: check the host&apos;s menu.</source>
        <translation># Aucun menu pour cette machine&#xa0;: vérifiez le menu de l&apos;hôte.</translation>
    </message>
    <message>
        <source>&amp;Preview for:</source>
        <translation>Fi&amp;chier de&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Ui::DhcpModePicker</name>
    <message>
        <source>Serve addresses</source>
        <translation>Distribuer les adresses</translation>
    </message>
    <message>
        <source>Rackside hands out addresses from the site&apos;s ranges, and boot files</source>
        <translation>Rackside distribue les adresses des plages du site, ainsi que les fichiers de démarrage</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Another DHCP server hands out addresses; Rackside only adds boot information</source>
        <translation>Un autre serveur DHCP distribue les adresses&#xa0;; Rackside ajoute seulement les informations de démarrage</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Rackside&apos;s DHCP server does not run</source>
        <translation>Le serveur DHCP de Rackside n&apos;est pas lancé</translation>
    </message>
    <message>
        <source>What Rackside&apos;s DHCP server does on the boot network</source>
        <translation>Ce que fait le serveur DHCP de Rackside sur le réseau de démarrage</translation>
    </message>
    <message>
        <source>Macs only (BSDP)</source>
        <translation>Macs seulement (BSDP)</translation>
    </message>
    <message>
        <source>Another server does DHCP and PXE; Rackside answers only Macs&apos; NetBoot requests</source>
        <translation>Un autre serveur assure DHCP et PXE&#xa0;; Rackside ne répond qu&apos;aux demandes NetBoot des Mac</translation>
    </message>
</context>
<context>
    <name>Ui::EventListModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
</context>
<context>
    <name>Ui::EventListPane</name>
    <message>
        <source>Filter by MAC address or details</source>
        <translation>Filtrer par adresse MAC ou par détails</translation>
    </message>
    <message>
        <source>No boot events yet.

Choose the interface facing the machines and a DHCP mode, then press Start. Every DHCP request and answer appears here as it happens.</source>
        <translation>Aucun événement de démarrage pour l&apos;instant.

Choisissez l&apos;interface côté machines et un mode DHCP, puis cliquez sur Démarrer. Chaque requête et réponse DHCP s&apos;affiche ici en temps réel.</translation>
    </message>
</context>
<context>
    <name>Ui::HostsPage</name>
    <message>
        <source>&amp;Remove hosts</source>
        <translation>&amp;Supprimer les hôtes</translation>
    </message>
    <message>
        <source>Filter hosts: MAC, name, address, menu, notes</source>
        <translation>Filtrer les hôtes&#xa0;: MAC, nom, adresse, menu, notes</translation>
    </message>
    <message>
        <source>&amp;Add host</source>
        <translation>&amp;Ajouter un hôte</translation>
    </message>
    <message>
        <source>Add a host and type its MAC address (Insert)</source>
        <translation>Ajouter un hôte et saisir son adresse MAC (Inser)</translation>
    </message>
    <message>
        <source>Remove the selected hosts (Delete)</source>
        <translation>Supprimer les hôtes sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Paste hosts</source>
        <translation>&amp;Coller des hôtes</translation>
    </message>
    <message>
        <source>Add the rows copied from a spreadsheet, a dhcpd.conf or dnsmasq lines (Ctrl+V)</source>
        <translation>Ajouter les lignes copiées depuis un tableur, un dhcpd.conf ou des lignes dnsmasq (Ctrl+V)</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modifié&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n hosts from %1 (%2).</source>
        <translation>
            <numerusform>%n hôte ajouté depuis %1 (%2).</numerusform>
            <numerusform>%n hôtes ajoutés depuis %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>(the Mac chooses)</source>
        <translation>(le Mac choisit)</translation>
    </message>
    <message>
        <source>Import hosts</source>
        <translation>Importer des hôtes</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hosts imported.</source>
        <translation>
            <numerusform>%n hôte importé.</numerusform>
            <numerusform>%n hôtes importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n things to look at:</source>
        <translation>
            <numerusform>%n point à vérifier&#xa0;:</numerusform>
            <numerusform>%n points à vérifier&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>seen booting %1</source>
        <translation>vu au démarrage le %1</translation>
    </message>
    <message>
        <source>%1, seen booting %2</source>
        <translation>%1, vu au démarrage le %2</translation>
    </message>
</context>
<context>
    <name>Ui::HostsTableModel</name>
    <message>
        <source>menu</source>
        <translation>menu</translation>
    </message>
    <message>
        <source>Boots the site&apos;s default menu</source>
        <translation>Démarre le menu par défaut du site</translation>
    </message>
    <message>
        <source>Takes an address from the dynamic range</source>
        <translation>Prend une adresse dans la plage dynamique</translation>
    </message>
    <message>
        <source>The machine&apos;s network card, as aa:bb:cc:dd:ee:ff</source>
        <translation>La carte réseau de la machine, au format aa:bb:cc:dd:ee:ff</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>The name the machine gets over DHCP</source>
        <translation>Le nom que la machine reçoit par DHCP</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Inside the subnet, outside the dynamic range; empty: one from the range</source>
        <translation>Dans le sous-réseau, hors de la plage dynamique&#xa0;; vide&#xa0;: une adresse de la plage</translation>
    </message>
    <message>
        <source>Fixed IP</source>
        <translation>IP fixe</translation>
    </message>
    <message>
        <source>A boot menu, or menu/entry for one entry; empty: the default menu</source>
        <translation>Un menu de démarrage, ou menu/entrée pour une seule entrée&#xa0;; vide&#xa0;: le menu par défaut</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>What the machine does when it next boots</source>
        <translation>Ce que fait la machine à son prochain démarrage</translation>
    </message>
    <message>
        <source>Next boot</source>
        <translation>Prochain démarrage</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>a new host</source>
        <translation>un nouvel hôte</translation>
    </message>
    <message>
        <source>edit %1 of %2</source>
        <translation>modifier %1 (%2)</translation>
    </message>
    <message>
        <source>add a host</source>
        <translation>ajouter un hôte</translation>
    </message>
    <message numerus="yes">
        <source>remove %n host(s)</source>
        <translation>
            <numerusform>supprimer %n hôte</numerusform>
            <numerusform>supprimer %n hôtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>paste %n host(s)</source>
        <translation>
            <numerusform>coller %n hôte</numerusform>
            <numerusform>coller %n hôtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>give %n host(s) the default menu</source>
        <translation>
            <numerusform>attribuer le menu par défaut à %n hôte</numerusform>
            <numerusform>attribuer le menu par défaut à %n hôtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>give %n host(s) menu %1</source>
        <translation>
            <numerusform>attribuer le menu %1 à %n hôte</numerusform>
            <numerusform>attribuer le menu %1 à %n hôtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Boots its firmware&apos;s menu (%1), else the site&apos;s default menu</source>
        <translation>Démarre le menu de son firmware (%1), sinon le menu par défaut du site</translation>
    </message>
    <message>
        <source>local disk</source>
        <translation>disque local</translation>
    </message>
    <message>
        <source>Installed: its boot loader starts the local disk. Choose &quot;menu&quot; to install it again.</source>
        <translation>Installé&#xa0;: son chargeur démarre le disque local. Choisissez «&#xa0;menu&#xa0;» pour le réinstaller.</translation>
    </message>
    <message>
        <source>Boots its menu; an installer&apos;s install-done call switches it to its local disk</source>
        <translation>Démarre son menu&#xa0;; l&apos;appel install-done d&apos;un installateur le bascule sur son disque local</translation>
    </message>
    <message>
        <source>the next boot is &quot;menu&quot; or &quot;local disk&quot;</source>
        <translation>le prochain démarrage est «&#xa0;menu&#xa0;» ou «&#xa0;disque local&#xa0;»</translation>
    </message>
    <message>
        <source>install %1 again</source>
        <translation>réinstaller %1</translation>
    </message>
    <message>
        <source>boot %1 from its local disk</source>
        <translation>démarrer %1 sur son disque local</translation>
    </message>
    <message>
        <source>No NetBoot image is called %1</source>
        <translation>Aucune image NetBoot ne s&apos;appelle %1</translation>
    </message>
    <message>
        <source>A Mac chooses from the NetBoot images (the default is preselected)</source>
        <translation>Un Mac choisit parmi les images NetBoot (celle par défaut est présélectionnée)</translation>
    </message>
    <message>
        <source>A Mac boots this NetBoot image without choosing</source>
        <translation>Un Mac démarre cette image NetBoot sans choisir</translation>
    </message>
    <message>
        <source>For a Mac: the NetBoot image it boots without choosing; empty: it chooses</source>
        <translation>Pour un Mac&#xa0;: l&apos;image NetBoot qu&apos;il démarre sans choisir&#xa0;; vide&#xa0;: il choisit</translation>
    </message>
    <message>
        <source>Mac image</source>
        <translation>Image Mac</translation>
    </message>
    <message>
        <source>no NetBoot image is called %1</source>
        <translation>aucune image NetBoot ne s&apos;appelle %1</translation>
    </message>
    <message>
        <source>let %1 choose its NetBoot image</source>
        <translation>laisser %1 choisir son image NetBoot</translation>
    </message>
    <message>
        <source>pin %1 to NetBoot image %2</source>
        <translation>attacher %1 à l&apos;image NetBoot %2</translation>
    </message>
</context>
<context>
    <name>Ui::ImageChanges</name>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>%1 (saved in the site)</source>
        <translation>%1 (enregistré dans le site)</translation>
    </message>
    <message>
        <source>Cannot save site</source>
        <translation>Impossible d&apos;enregistrer le site</translation>
    </message>
    <message>
        <source>%1; save the site to keep it</source>
        <translation>%1&#xa0;; enregistrez le site pour le garder</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>importer %1</translation>
    </message>
    <message>
        <source>%1 imported as %2, with an entry in the menu %3</source>
        <translation>%1 importé sous le nom %2, avec une entrée dans le menu %3</translation>
    </message>
    <message>
        <source>Mac NetBoot image</source>
        <translation>Image NetBoot Mac</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 n&apos;a pas été ajoutée&#xa0;: %2</translation>
    </message>
    <message>
        <source>add Mac NetBoot image %1</source>
        <translation>ajouter l&apos;image NetBoot Mac %1</translation>
    </message>
    <message>
        <source>Mac NetBoot image %1 added (BSDP id %2)</source>
        <translation>Image NetBoot Mac %1 ajoutée (id BSDP %2)</translation>
    </message>
    <message>
        <source>Remove Mac NetBoot image</source>
        <translation>Retirer l&apos;image NetBoot Mac</translation>
    </message>
    <message>
        <source>Remove %1 from the Macs&apos; boot picker? Hosts pinned to it choose again; an NBI folder stays on disk.</source>
        <translation>Retirer %1 du sélecteur de démarrage des Mac&#xa0;? Les hôtes qui y sont attachés choisiront à nouveau&#xa0;; un dossier NBI reste sur le disque.</translation>
    </message>
    <message>
        <source>remove Mac NetBoot image %1</source>
        <translation>supprimer l&apos;image NetBoot Mac %1</translation>
    </message>
    <message>
        <source>Mac NetBoot image %1 removed</source>
        <translation>Image NetBoot Mac %1 retirée</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Retirer l’image</translation>
    </message>
    <message>
        <source>Remove %1, its copies in the boot tree and the menu entries that boot it (%2)? The site is saved at once.</source>
        <translation>Retirer %1, ses copies dans l’arborescence de démarrage et les entrées de menu qui le démarrent (%2)&#xa0;? Le site est enregistré aussitôt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>remove image %1</source>
        <translation>supprimer l&apos;image %1</translation>
    </message>
    <message>
        <source>Could not delete all of images/%1 in the boot tree</source>
        <translation>Impossible de supprimer entièrement images/%1 dans l’arborescence de démarrage</translation>
    </message>
    <message>
        <source>Image %1 removed</source>
        <translation>Image %1 retirée</translation>
    </message>
</context>
<context>
    <name>Ui::ImagesPage</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import an installer ISO, a netboot archive, or a kernel and its initrds. You can also drop them anywhere on the window.</source>
        <translation>Importer une ISO d’installation, une archive netboot, ou un noyau et ses initrd. Vous pouvez aussi les déposer n’importe où sur la fenêtre.</translation>
    </message>
    <message>
        <source>Drop an installer ISO on the window to import it.</source>
        <translation>Déposez une ISO d’installation sur la fenêtre pour l’importer.</translation>
    </message>
    <message>
        <source>Import installer images</source>
        <translation>Importer des images d’installation</translation>
    </message>
    <message>
        <source>Installer images (*.iso *.tar.gz *.tgz);;Kernel and initrds (*)</source>
        <translation>Images d’installation (*.iso *.tar.gz *.tgz);;Noyau et initrd (*)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>One import at a time: %1 is still being imported.</source>
        <translation>Un import à la fois&#xa0;: %1 est encore en cours d’import.</translation>
    </message>
    <message>
        <source>Save the site first: imported kernels and initrds go into its boot tree.</source>
        <translation>Enregistrez d’abord le site (Save the site first)&#xa0;: les noyaux et initrd importés vont dans son arborescence de démarrage.</translation>
    </message>
    <message>
        <source>Copying %1 (file %2 of %3): %4 of %5</source>
        <translation>Copie de %1 (fichier %2 sur %3)&#xa0;: %4 sur %5</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Imported %1 as %2.</source>
        <translation>%1 importé sous le nom %2 (Imported %1).</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was copied.</source>
        <translation>Import annulé (cancelled)&#xa0;: rien n’a été copié.</translation>
    </message>
    <message>
        <source>Import an unknown image?</source>
        <translation>Importer une image inconnue&#xa0;?</translation>
    </message>
    <message>
        <source>Rackside does not know what %1 installs. Import its kernel %2 and initrd %3 as they are? You will write the kernel arguments yourself on the Menus page.</source>
        <translation>Rackside ne sait pas ce qu’installe %1. Importer son noyau %2 et son initrd %3 tels quels&#xa0;? Vous écrirez vous-même les arguments du noyau sur la page Menus.</translation>
    </message>
    <message>
        <source>Debian&apos;s ISO cannot boot over the network</source>
        <translation>L’ISO de Debian ne peut pas démarrer par le réseau</translation>
    </message>
    <message>
        <source>Choose the netboot initrd now?</source>
        <translation>Choisir l’initrd netboot maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Debian netboot initrd</source>
        <translation>Initrd netboot de Debian</translation>
    </message>
    <message>
        <source>initrd (initrd.gz);;All files (*)</source>
        <translation>Initrd (initrd.gz);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Ui::ImagesTableModel</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>kernel and initrd</source>
        <translation>noyau et initrd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <source>Initrd</source>
        <translation>Initrd</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Menu entries</source>
        <translation>Entrées de menu</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importée depuis</translation>
    </message>
</context>
<context>
    <name>Ui::InterfacePicker</name>
    <message>
        <source>The network interface facing the machines to boot</source>
        <translation>L&apos;interface réseau côté machines à démarrer</translation>
    </message>
    <message>
        <source>loopback</source>
        <translation>boucle locale</translation>
    </message>
    <message>
        <source>down</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>no link</source>
        <translation>pas de lien</translation>
    </message>
    <message>
        <source>no IPv4 address</source>
        <translation>pas d&apos;adresse IPv4</translation>
    </message>
    <message>
        <source>Choose an interface…</source>
        <translation>Choisissez une interface…</translation>
    </message>
    <message>
        <source>Rackside answers only on the interface you choose</source>
        <translation>Rackside ne répond que sur l&apos;interface choisie</translation>
    </message>
    <message>
        <source>%1: up, %2</source>
        <translation>%1&#xa0;: active, %2</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>not on this machine</source>
        <translation>absente de cette machine</translation>
    </message>
    <message>
        <source>The site names %1, which this machine does not have: choose another</source>
        <translation>Le site désigne %1, que cette machine ne possède pas&#xa0;: choisissez-en une autre</translation>
    </message>
</context>
<context>
    <name>Ui::LanguageChoice</name>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Takes effect when Rackside starts again</source>
        <translation>Prend effet au prochain démarrage de Rackside</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>&amp;Boot</source>
        <translation>Dé&amp;marrage</translation>
    </message>
    <message>
        <source>&amp;Hosts</source>
        <translation>&amp;Hôtes</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>%1 is already a host</source>
        <translation>%1 est déjà un hôte</translation>
    </message>
    <message>
        <source>Added %1 as a host (row %2): give it a name and an address</source>
        <translation>%1 ajouté comme hôte (ligne %2)&#xa0;: donnez-lui un nom et une adresse</translation>
    </message>
    <message>
        <source>Import hosts</source>
        <translation>Importer des hôtes</translation>
    </message>
    <message>
        <source>Host lists (dhcpd.conf *.conf *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Listes d&apos;hôtes (dhcpd.conf *.conf *.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New site</source>
        <translation>&amp;Nouveau site</translation>
    </message>
    <message>
        <source>&amp;Open site…</source>
        <translation>&amp;Ouvrir un site…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Sites &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Save site</source>
        <translation>&amp;Enregistrer le site</translation>
    </message>
    <message>
        <source>Save site &amp;as…</source>
        <translation>Enregistrer le site &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Import hosts…</source>
        <translation>&amp;Importer des hôtes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;Interface</translation>
    </message>
    <message>
        <source>&amp;DHCP</source>
        <translation>&amp;DHCP</translation>
    </message>
    <message>
        <source>Could not reopen %1: %2</source>
        <translation>Impossible de rouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>New site. Choose an interface and a DHCP mode, or open a site (File ▸ Open site…).</source>
        <translation>Nouveau site. Choisissez une interface et un mode DHCP, ou ouvrez un site (Fichier ▸ Ouvrir un site…).</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Nouveau site</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>The site&apos;s interface %1 cannot be used on this machine: choose another.</source>
        <translation>L&apos;interface %1 du site est inutilisable sur cette machine&#xa0;: choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Choose the interface facing the machines to boot, then press Start.</source>
        <translation>Choisissez l&apos;interface côté machines à démarrer, puis cliquez sur Démarrer.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop all services</source>
        <translation>Arrêter tous les services</translation>
    </message>
    <message>
        <source>Start all services on the chosen interface</source>
        <translation>Démarrer tous les services sur l&apos;interface choisie</translation>
    </message>
    <message>
        <source>Stop the services to change this</source>
        <translation>Arrêtez les services pour modifier ceci</translation>
    </message>
    <message>
        <source>&amp;Menus</source>
        <translation>Men&amp;us</translation>
    </message>
    <message>
        <source>Every machine&apos;s boot, live (Alt+B)</source>
        <translation>Le démarrage de chaque machine, en direct (Alt+M)</translation>
    </message>
    <message>
        <source>The machines Rackside knows by MAC address (Alt+H)</source>
        <translation>Les machines que Rackside identifie par leur adresse MAC (Alt+H)</translation>
    </message>
    <message>
        <source>Boot menus and the grub.cfg each machine gets (Alt+M)</source>
        <translation>Les menus de démarrage et le grub.cfg que reçoit chaque machine (Alt+U)</translation>
    </message>
    <message>
        <source>Every event, as it happened (Alt+L)</source>
        <translation>Chaque événement, au moment où il s&apos;est produit (Alt+J)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n hosts from %1 (%2)</source>
        <translation>
            <numerusform>%n hôte importé depuis %1 (%2)</numerusform>
            <numerusform>%n hôtes importés depuis %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n machines</source>
        <translation>
            <numerusform>%n machine</numerusform>
            <numerusform>%n machines</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Rackside will speak %1 from its next start.</source>
        <translation>Langue de Rackside à partir de son prochain démarrage&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>&amp;Images</translation>
    </message>
    <message>
        <source>Installer images imported into the site; drop an ISO anywhere to import it (Alt+I)</source>
        <translation>Images d’installation importées dans le site&#xa0;; déposez une ISO n’importe où pour l’importer (Alt+I)</translation>
    </message>
    <message>
        <source>An import is running</source>
        <translation>Un import est en cours</translation>
    </message>
    <message>
        <source>Wait for the import to finish, or cancel it, before you switch or rename the site.</source>
        <translation>Attendez la fin de l’import, ou annulez-le, avant de changer de site ou de le renommer.</translation>
    </message>
    <message>
        <source>Cancel the import and quit?</source>
        <translation>Annuler l’import et quitter&#xa0;?</translation>
    </message>
    <message>
        <source>Mac NetBoot image</source>
        <translation>Image NetBoot Mac</translation>
    </message>
    <message>
        <source>%1 is installed: it boots its local disk from now on</source>
        <translation>%1 est installé : il démarre désormais sur son disque local</translation>
    </message>
    <message>
        <source>use interface %1</source>
        <translation>utiliser l&apos;interface %1</translation>
    </message>
    <message>
        <source>DHCP mode %1</source>
        <translation>mode DHCP %1</translation>
    </message>
    <message>
        <source>Capture saved to %1</source>
        <translation>Capture enregistrée dans %1</translation>
    </message>
    <message>
        <source>Capture not saved</source>
        <translation>Capture non enregistrée</translation>
    </message>
</context>
<context>
    <name>Ui::MenuEntryForm</name>
    <message>
        <source>A short id, unique in the menu: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;. Hosts name one entry as menu/entry.</source>
        <translation>Un identifiant court, unique dans le menu&#xa0;: lettres, chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;. Les hôtes désignent une entrée sous la forme menu/entrée.</translation>
    </message>
    <message>
        <source>What the boot menu shows</source>
        <translation>Ce qu&apos;affiche le menu de démarrage</translation>
    </message>
    <message>
        <source>The kernel, a path in the boot tree; pick one or type it</source>
        <translation>Le noyau, un chemin dans l&apos;arborescence de démarrage&#xa0;; choisissez-en un ou saisissez-le</translation>
    </message>
    <message>
        <source>Initrds in the boot tree, loaded in this order, separated by spaces</source>
        <translation>Les initrd de l&apos;arborescence de démarrage, chargés dans cet ordre, séparés par des espaces</translation>
    </message>
    <message>
        <source>The kernel command line. {server}, {hostname}, {mac} and {ip} become the booting machine&apos;s values.</source>
        <translation>La ligne de commande du noyau. {server}, {hostname}, {mac} et {ip} sont remplacés par les valeurs de la machine qui démarre.</translation>
    </message>
    <message>
        <source>Insert &amp;variable</source>
        <translation>Insérer une &amp;variable</translation>
    </message>
    <message>
        <source>Inserts a variable at the cursor in the kernel arguments</source>
        <translation>Insère une variable à la position du curseur dans les arguments du noyau</translation>
    </message>
    <message>
        <source>Rackside&apos;s address, as the machine reaches it</source>
        <translation>l&apos;adresse de Rackside, telle que la machine la joint</translation>
    </message>
    <message>
        <source>the host&apos;s name</source>
        <translation>le nom de l&apos;hôte</translation>
    </message>
    <message>
        <source>the machine&apos;s MAC address</source>
        <translation>l&apos;adresse MAC de la machine</translation>
    </message>
    <message>
        <source>the machine&apos;s IP address</source>
        <translation>l&apos;adresse IP de la machine</translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation>No&amp;yau&#xa0;:</translation>
    </message>
    <message>
        <source>The entry needs a name.</source>
        <translation>L&apos;entrée doit avoir un nom.</translation>
    </message>
    <message>
        <source>The name %1 can only hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</source>
        <translation>Le nom %1 ne peut contenir que des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos; (64 caractères au plus).</translation>
    </message>
    <message>
        <source>The menu already has an entry called %1.</source>
        <translation>Le menu a déjà une entrée nommée %1.</translation>
    </message>
    <message>
        <source>The entry needs a kernel.</source>
        <translation>L&apos;entrée doit avoir un noyau.</translation>
    </message>
    <message>
        <source>%1 is not in the boot tree: a machine booting this entry would stop there.</source>
        <translation>%1 n&apos;est pas dans l&apos;arborescence de démarrage&#xa0;: une machine qui démarre cette entrée s&apos;arrêterait là.</translation>
    </message>
    <message>
        <source>{%1} is not a variable: the kernel gets it as written. Known: {server}, {hostname}, {mac}, {ip}.</source>
        <translation>{%1} n&apos;est pas une variable&#xa0;: le noyau la reçoit telle quelle. Variables connues&#xa0;: {server}, {hostname}, {mac}, {ip}.</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>Sho&amp;wn as:</source>
        <translation>Te&amp;xte affiché&#xa0;:</translation>
    </message>
    <message>
        <source>Init&amp;rds:</source>
        <translation>Init&amp;rd&#xa0;:</translation>
    </message>
    <message>
        <source>Ar&amp;guments:</source>
        <translation>Ar&amp;guments&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Ui::MenuForm</name>
    <message>
        <source>A short id, unique in the site; hosts name their menu by it</source>
        <translation>Un identifiant court, unique dans le site&#xa0;; les hôtes désignent leur menu par cet identifiant</translation>
    </message>
    <message>
        <source>Shown above the entries; may be empty</source>
        <translation>Affiché au-dessus des entrées&#xa0;; peut être vide</translation>
    </message>
    <message>
        <source>The entry booted when nobody presses a key</source>
        <translation>L&apos;entrée démarrée quand personne n&apos;appuie sur une touche</translation>
    </message>
    <message>
        <source>wait forever</source>
        <translation>attendre indéfiniment</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before the default entry boots; 0 boots it at once</source>
        <translation>Secondes avant le démarrage de l&apos;entrée par défaut&#xa0;; 0 la démarre immédiatement</translation>
    </message>
    <message>
        <source>Machines that are not hosts, and hosts without a menu, boot this menu</source>
        <translation>Les machines qui ne sont pas des hôtes, et les hôtes sans menu, démarrent ce menu</translation>
    </message>
    <message>
        <source>Menu &amp;name:</source>
        <translation>&amp;Nom du menu&#xa0;:</translation>
    </message>
    <message>
        <source>the first entry</source>
        <translation>la première entrée</translation>
    </message>
    <message>
        <source>The menu needs a name.</source>
        <translation>Le menu doit avoir un nom.</translation>
    </message>
    <message>
        <source>The name %1 can only hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</source>
        <translation>Le nom %1 ne peut contenir que des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos; (64 caractères au plus).</translation>
    </message>
    <message>
        <source>There is already a menu called %1.</source>
        <translation>Il existe déjà un menu nommé %1.</translation>
    </message>
    <message>
        <source>Unknown ma&amp;chines get this menu</source>
        <translation>Les machines inconnues o&amp;btiennent ce menu</translation>
    </message>
    <message>
        <source>Menu &amp;title:</source>
        <translation>&amp;Titre du menu&#xa0;:</translation>
    </message>
    <message>
        <source>Default entr&amp;y:</source>
        <translation>Entrée p&amp;ar défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>Dé&amp;lai&#xa0;:</translation>
    </message>
    <message>
        <source>%1 machines without a menu of their own get this one rather than the default (GRUB tells the firmware apart when it runs; PXELINUX counts as BIOS)</source>
        <translation>Les machines %1 sans menu propre reçoivent celui-ci au lieu du menu par défaut (GRUB reconnaît le firmware au démarrage&#xa0;; PXELINUX compte comme BIOS)</translation>
    </message>
    <message>
        <source>For firmware:</source>
        <translation>Pour le firmware&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Ui::MenusModel</name>
    <message>
        <source>add menu %1</source>
        <translation>ajouter le menu %1</translation>
    </message>
    <message>
        <source>remove menu %1</source>
        <translation>supprimer le menu %1</translation>
    </message>
    <message>
        <source>edit menu %1</source>
        <translation>modifier le menu %1</translation>
    </message>
    <message>
        <source>make %1 the default menu</source>
        <translation>faire de %1 le menu par défaut</translation>
    </message>
    <message>
        <source>add entry %1 to %2</source>
        <translation>ajouter l&apos;entrée %1 à %2</translation>
    </message>
    <message>
        <source>remove entry %1 from %2</source>
        <translation>supprimer l&apos;entrée %1 de %2</translation>
    </message>
    <message>
        <source>edit entry %1 of %2</source>
        <translation>modifier l&apos;entrée %1 de %2</translation>
    </message>
    <message>
        <source>move entry %1 of %2</source>
        <translation>déplacer l&apos;entrée %1 de %2</translation>
    </message>
    <message>
        <source>The default menu (in bold): machines without a menu of their own get it</source>
        <translation>Le menu par défaut (en gras)&#xa0;: les machines sans menu propre le reçoivent</translation>
    </message>
    <message>
        <source>%1, the default entry (in bold): %2 %3</source>
        <translation>%1, l&apos;entrée par défaut (en gras)&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 machines get the default menu</source>
        <translation>Les machines %1 reçoivent le menu par défaut</translation>
    </message>
    <message>
        <source>%1 machines get menu %2</source>
        <translation>Les machines %1 reçoivent le menu %2</translation>
    </message>
</context>
<context>
    <name>Ui::MenusPage</name>
    <message>
        <source>The site&apos;s boot menus; hosts boot one of them or one of their entries</source>
        <translation>Les menus de démarrage du site&#xa0;; les hôtes démarrent l&apos;un d&apos;eux ou l&apos;une de leurs entrées</translation>
    </message>
    <message>
        <source>The selected menu&apos;s entries, in the order the menu shows them; drag one, or press Alt+Up and Alt+Down, to move it</source>
        <translation>Les entrées du menu sélectionné, dans l&apos;ordre où le menu les affiche&#xa0;; faites-en glisser une, ou appuyez sur Alt+Haut et Alt+Bas, pour la déplacer</translation>
    </message>
    <message>
        <source>Hosts that boot the selected menu (or one of its entries); tick a host to give it this menu, untick it to give it the default</source>
        <translation>Les hôtes qui démarrent le menu sélectionné (ou l&apos;une de ses entrées)&#xa0;; cochez un hôte pour lui attribuer ce menu, décochez-le pour lui attribuer le menu par défaut</translation>
    </message>
    <message>
        <source>Add an empty menu</source>
        <translation>Ajouter un menu vide</translation>
    </message>
    <message>
        <source>Copy the menu with its entries</source>
        <translation>Copier le menu avec ses entrées</translation>
    </message>
    <message>
        <source>Remove the menu; its hosts get the default menu</source>
        <translation>Supprimer le menu&#xa0;; ses hôtes reçoivent le menu par défaut</translation>
    </message>
    <message>
        <source>Add an entry after the selected one</source>
        <translation>Ajouter une entrée après l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>Copy the entry below itself</source>
        <translation>Copier l&apos;entrée juste en dessous d&apos;elle-même</translation>
    </message>
    <message>
        <source>Remove the entry</source>
        <translation>Supprimer l&apos;entrée</translation>
    </message>
    <message>
        <source>Move the entry up</source>
        <translation>Monter l&apos;entrée</translation>
    </message>
    <message>
        <source>Move the entry down</source>
        <translation>Descendre l&apos;entrée</translation>
    </message>
    <message>
        <source>What the machine gets</source>
        <translation>Ce que reçoit la machine</translation>
    </message>
    <message>
        <source>no MAC yet</source>
        <translation>pas encore de MAC</translation>
    </message>
    <message>
        <source>Boots this menu, the default</source>
        <translation>Démarre ce menu, le menu par défaut</translation>
    </message>
    <message>
        <source>Boots the default menu</source>
        <translation>Démarre le menu par défaut</translation>
    </message>
    <message>
        <source>Boots only entry %1 of this menu</source>
        <translation>Démarre seulement l&apos;entrée %1 de ce menu</translation>
    </message>
    <message>
        <source>Boots menu %1</source>
        <translation>Démarre le menu %1</translation>
    </message>
    <message>
        <source>rename menu %1 to %2</source>
        <translation>renommer le menu %1 en %2</translation>
    </message>
    <message>
        <source>rename entry %1 to %2</source>
        <translation>renommer l&apos;entrée %1 en %2</translation>
    </message>
    <message>
        <source>remove menu %1</source>
        <translation>supprimer le menu %1</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <source>remove entry %1 from %2</source>
        <translation>supprimer l&apos;entrée %1 de %2</translation>
    </message>
    <message>
        <source>Add menu</source>
        <translation>Ajouter un menu</translation>
    </message>
    <message>
        <source>Duplicate menu</source>
        <translation>Dupliquer le menu</translation>
    </message>
    <message>
        <source>Remove menu</source>
        <translation>Supprimer le menu</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>Duplicate entry</source>
        <translation>Dupliquer l&apos;entrée</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Supprimer l&apos;entrée</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Men&amp;us</source>
        <translation>Menu&amp;s</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Hosts booting this menu</source>
        <translation>Hôtes qui démarrent ce menu</translation>
    </message>
    <message>
        <source>Boots this menu on %1 firmware, else the default menu</source>
        <translation>Démarre ce menu sur un firmware %1, sinon le menu par défaut</translation>
    </message>
</context>
<context>
    <name>Ui::NetbootImagesModel</name>
    <message>
        <source>Rackside&apos;s GRUB booter: the Mac boots its menu, like a PC</source>
        <translation>Le booter GRUB de Rackside&#xa0;: le Mac démarre son menu, comme un PC</translation>
    </message>
    <message>
        <source>Served from %1</source>
        <translation>Servi depuis %1</translation>
    </message>
    <message>
        <source>the boot tree</source>
        <translation>l&apos;arborescence de démarrage</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>hardware test</source>
        <translation>test matériel</translation>
    </message>
    <message>
        <source>%1, installer</source>
        <translation>%1, installation</translation>
    </message>
    <message>
        <source>every Mac</source>
        <translation>tous les Mac</translation>
    </message>
    <message>
        <source>Rackside&apos;s GRUB</source>
        <translation>GRUB de Rackside</translation>
    </message>
    <message>
        <source>Mac NetBoot image</source>
        <translation>Image NetBoot Mac</translation>
    </message>
    <message>
        <source>BSDP id</source>
        <translation>id BSDP</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Booter</source>
        <translation>Booter</translation>
    </message>
    <message>
        <source>Pinned hosts</source>
        <translation>Hôtes attachés</translation>
    </message>
</context>
<context>
    <name>Ui::NetbootImagesPane</name>
    <message>
        <source>Add NBI folder…</source>
        <translation>Ajouter un dossier NBI…</translation>
    </message>
    <message>
        <source>Add GRUB image…</source>
        <translation>Ajouter une image GRUB…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>An Apple NetBoot image folder (.nbi) made by System Image Utility or AutoNBI; served as it is. You can also drop it on the window.</source>
        <translation>Un dossier d&apos;image NetBoot d&apos;Apple (.nbi) créé par Utilitaire d&apos;images de système ou AutoNBI&#xa0;; servi tel quel. Vous pouvez aussi le déposer sur la fenêtre.</translation>
    </message>
    <message>
        <source>An entry in the Mac&apos;s boot picker that starts Rackside&apos;s GRUB booter: the Mac then boots its menu, like a PC</source>
        <translation>Une entrée du sélecteur de démarrage du Mac qui lance le booter GRUB de Rackside&#xa0;: le Mac démarre alors son menu, comme un PC</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mac NetBoot images&lt;/b&gt; (BSDP: what Intel Macs see when they start with N held down or pick a network disk)</source>
        <translation>&lt;b&gt;Images NetBoot Mac&lt;/b&gt; (BSDP&#xa0;: ce que voient les Mac Intel démarrés avec la touche N enfoncée ou qui choisissent un disque réseau)</translation>
    </message>
    <message>
        <source>Add an Apple NBI folder</source>
        <translation>Ajouter un dossier NBI d&apos;Apple</translation>
    </message>
    <message>
        <source>Add a Mac NetBoot image</source>
        <translation>Ajouter une image NetBoot Mac</translation>
    </message>
    <message>
        <source>The name the Mac&apos;s boot picker shows:</source>
        <translation>Le nom affiché par le sélecteur de démarrage du Mac&#xa0;:</translation>
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
        <translation>Un autre serveur DHCP a répondu</translation>
    </message>
    <message>
        <source>Another DHCP server answers on %1.</source>
        <translation>Un autre serveur DHCP répond sur %1.</translation>
    </message>
    <message>
        <source>Two servers handing out addresses on one network give machines conflicting leases, so Rackside has not started.

In proxy mode the other server keeps handing out addresses and Rackside only adds the boot information.</source>
        <translation>Deux serveurs qui distribuent des adresses sur un même réseau attribuent aux machines des baux DHCP conflictuels&#xa0;; Rackside n&apos;a donc pas démarré.

En mode proxy, l&apos;autre serveur continue de distribuer les adresses et Rackside ajoute seulement les informations de démarrage.</translation>
    </message>
    <message>
        <source>Use proxy mode</source>
        <translation>Utiliser le mode proxy</translation>
    </message>
    <message>
        <source>Serve anyway</source>
        <translation>Distribuer quand même</translation>
    </message>
    <message>
        <source>Hand out addresses although the other server does too</source>
        <translation>Distribuer des adresses bien que l&apos;autre serveur le fasse aussi</translation>
    </message>
</context>
<context>
    <name>Ui::ServiceLights</name>
    <message>
        <source>ports %1, %2</source>
        <translation>ports %1, %2</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <source>DHCP off</source>
        <translation>DHCP désactivé</translation>
    </message>
    <message>
        <source>%1 stopped · %2</source>
        <extracomment>%1 is TFTP or HTTP, %2 &quot;port 69&quot;</extracomment>
        <translation>%1 arrêté · %2</translation>
    </message>
    <message>
        <source>Looking for other DHCP servers…</source>
        <translation>Recherche d&apos;autres serveurs DHCP…</translation>
    </message>
    <message>
        <source>%1 running · %2</source>
        <translation>%1 actif · %2</translation>
    </message>
    <message>
        <source>%1 failed · %2</source>
        <translation>%1 en échec · %2</translation>
    </message>
    <message>
        <source>%1 off</source>
        <extracomment>%1 is TFTP or HTTP</extracomment>
        <translation>%1 arrêté</translation>
    </message>
    <message>
        <source>%1 waits for the DHCP check</source>
        <translation>%1 attend la vérification DHCP</translation>
    </message>
    <message>
        <source>%1 off: the site has no boot tree</source>
        <translation>%1 arrêté&#xa0;: le site n&apos;a pas d&apos;arborescence de démarrage</translation>
    </message>
</context>
<context>
    <name>Ui::SiteFiles</name>
    <message>
        <source>Cannot open site</source>
        <translation>Impossible d&apos;ouvrir le site</translation>
    </message>
    <message>
        <source>%1 cannot be used:</source>
        <translation>%1 est inutilisable&#xa0;:</translation>
    </message>
    <message>
        <source>Open site</source>
        <translation>Ouvrir un site</translation>
    </message>
    <message>
        <source>Rackside sites (*.json);;All files (*)</source>
        <translation>Sites Rackside (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save site as</source>
        <translation>Enregistrer le site sous</translation>
    </message>
    <message>
        <source>Rackside sites (*.json)</source>
        <translation>Sites Rackside (*.json)</translation>
    </message>
    <message>
        <source>Cannot save site</source>
        <translation>Impossible d&apos;enregistrer le site</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Enregistrer les modifications de %1&#xa0;?</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 n&apos;existe plus</translation>
    </message>
    <message>
        <source>No recent sites</source>
        <translation>Aucun site récent</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>Ui::TimelineDelegate</name>
    <message>
        <source>%1: %2 - %3 (%4 s)</source>
        <translation>%1&#xa0;: %2 - %3 (%4 s)</translation>
    </message>
    <message>
        <source>%1 %2: %3 bytes</source>
        <translation>%1 %2&#xa0;: %3 octets</translation>
    </message>
    <message>
        <source> (in flight)</source>
        <translation> (en cours)</translation>
    </message>
</context>
<context>
    <name>Ui::TimelineModel</name>
    <message>
        <source>%1, boot session %2</source>
        <translation>%1, session de démarrage %2</translation>
    </message>
    <message>
        <source>Vendor class: %1</source>
        <translation>Classe fournisseur&#xa0;: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>started over during the %1 stage</source>
        <translation>a redémarré pendant l&apos;étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation>, %1/s</translation>
    </message>
    <message>
        <source>, %1 s left</source>
        <translation>, %1 s restantes</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
</context>
</TS>
