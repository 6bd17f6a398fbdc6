<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutChildPage</name>
    <message>
        <source>Find on this page</source>
        <translation>Buscar en esta página</translation>
    </message>
    <message>
        <source>Find on this page (Ctrl+F)</source>
        <translation>Buscar en esta página (Ctrl+F)</translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation>Ir a:</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>Sobre {name}</translation>
    </message>
    <message>
        <source>What {name}&apos;s family has shared and what you have noticed, so each day feels familiar. Items marked Private stay off printouts unless you choose them.</source>
        <translation>Lo que la familia de {name} le ha contado y lo que usted ha notado, para que cada día le resulte conocido. Lo marcado como Privado no sale en lo impreso, salvo que usted lo elija.</translation>
    </message>
    <message>
        <source>Nothing on this page matches “{words}”. Try a shorter word, or clear the box to see everything.</source>
        <translation>Nada en esta página coincide con «{words}». Pruebe con una palabra más corta, o vacíe la casilla para verlo todo.</translation>
    </message>
    <message>
        <source>Delete this?</source>
        <translation>¿Borrar esto?</translation>
    </message>
    <message>
        <source>Delete “{title}”?</source>
        <translation>¿Borrar «{title}»?</translation>
    </message>
    <message>
        <source>You can bring it back with Edit &gt; Undo (Ctrl+Z).</source>
        <translation>Puede recuperarlo con Editar &gt; Deshacer (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Birth &amp; Foster Parent Partnership</source>
        <translation>Colaboración entre familias biológicas y de crianza</translation>
    </message>
    <message>
        <source>bfpp-desktop, version {version}</source>
        <translation>bfpp-desktop, versión {version}</translation>
    </message>
    <message>
        <source>A private notebook and guide for foster parents and kinship caregivers who are working together with a child&apos;s birth family. It never uses the internet.</source>
        <translation>Un cuaderno privado y una guía para familias de crianza y familiares que cuidan a un niño junto con su familia biológica. Nunca usa internet.</translation>
    </message>
    <message>
        <source>Your data is kept in this file:</source>
        <translation>Sus datos se guardan en este archivo:</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>What the guidance is based on</source>
        <translation>En qué se basan los consejos</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>The app&apos;s guidance is written in its own words from these documents.</source>
        <translation>Los consejos de la aplicación están escritos con nuestras propias palabras a partir de estos documentos.</translation>
    </message>
</context>
<context>
    <name>Accessible</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>AnswerBoxes</name>
    <message>
        <source>{n}. {question}</source>
        <translation>{n}. {question}</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Lo que dijeron</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>There is no room for the backup</source>
        <translation>No hay espacio para la copia de seguridad</translation>
    </message>
    <message>
        <source>There is not enough free space in {folder} to make a backup. Your notes themselves are safe: nothing in them was changed.</source>
        <translation>No hay espacio libre suficiente en {folder} para hacer una copia de seguridad. Sus notas están a salvo: no se cambió nada en ellas.</translation>
    </message>
    <message>
        <source>Free some space there, or choose another folder for backups (File &gt; Backups…).</source>
        <translation>Libere algo de espacio allí, o elija otra carpeta para las copias (Archivo &gt; Copias de seguridad…).</translation>
    </message>
    <message>
        <source>The backup could not be made</source>
        <translation>No se pudo hacer la copia de seguridad</translation>
    </message>
    <message>
        <source>The app could not save a backup in {folder}. Your notes themselves are safe: nothing in them was changed.</source>
        <translation>La aplicación no pudo guardar una copia de seguridad en {folder}. Sus notas están a salvo: no se cambió nada en ellas.</translation>
    </message>
    <message>
        <source>If the folder is on a USB stick or another disk, check that it is plugged in, or choose another folder (File &gt; Backups…).</source>
        <translation>Si la carpeta está en una memoria USB o en otro disco, compruebe que esté conectado, o elija otra carpeta (Archivo &gt; Copias de seguridad…).</translation>
    </message>
    <message>
        <source>This backup cannot be used</source>
        <translation>Esta copia de seguridad no se puede usar</translation>
    </message>
    <message>
        <source>The backup {name} is damaged or incomplete, so it cannot be restored.</source>
        <translation>La copia {name} está dañada o incompleta, así que no se puede restaurar.</translation>
    </message>
    <message>
        <source>Your data has not been changed. Choose another backup.</source>
        <translation>Sus datos no se han cambiado. Elija otra copia.</translation>
    </message>
    <message>
        <source>This backup cannot be found</source>
        <translation>No se encuentra esta copia de seguridad</translation>
    </message>
    <message>
        <source>There is no backup at {path}.</source>
        <translation>No hay ninguna copia de seguridad en {path}.</translation>
    </message>
    <message>
        <source>Your data has not been changed. Check the name, or choose one in the app&apos;s Backups window (File &gt; Backups…).</source>
        <translation>Sus datos no se han cambiado. Revise el nombre, o elija una en la ventana de copias de seguridad de la aplicación (Archivo &gt; Copias de seguridad…).</translation>
    </message>
    <message numerus="yes">
        <source>%n children</source>
        <translation>
            <numerusform>1 niño</numerusform>
            <numerusform>%n niños</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries</source>
        <translation>
            <numerusform>1 anotación del diario</numerusform>
            <numerusform>%n anotaciones del diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>1 foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>when the app started</source>
        <translation>al abrir la aplicación</translation>
    </message>
    <message>
        <source>while you worked</source>
        <translation>mientras usted trabajaba</translation>
    </message>
    <message>
        <source>when the app closed</source>
        <translation>al cerrar la aplicación</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>hecha por usted</translation>
    </message>
    <message>
        <source>from the command line</source>
        <translation>desde la línea de órdenes</translation>
    </message>
    <message>
        <source>before an update of the app</source>
        <translation>antes de actualizar la aplicación</translation>
    </message>
    <message>
        <source>kept aside before a restore</source>
        <translation>guardada aparte antes de restaurar</translation>
    </message>
    <message>
        <source>made by the app</source>
        <translation>hecha por la aplicación</translation>
    </message>
</context>
<context>
    <name>BackupsWindow</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>A copy of everything, photos included, is made when the app starts, every half hour while you work, and when you close it. One copy is kept for each of the last 7 days, 4 weeks and 12 months.</source>
        <translation>Se hace una copia de todo, fotos incluidas, al abrir la aplicación, cada media hora mientras trabaja y al cerrarla. Se guarda una copia de cada uno de los últimos 7 días, 4 semanas y 12 meses.</translation>
    </message>
    <message>
        <source>Keep the backups on a USB stick or in a folder that is copied to another computer</source>
        <translation>Guarde las copias en una memoria USB o en una carpeta que se copie a otra computadora</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Qué contiene</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Use the data folder</source>
        <translation>Usar la carpeta de datos</translation>
    </message>
    <message>
        <source>No backups yet. The first one is made in a moment, or now with “Back up now”.</source>
        <translation>Todavía no hay copias. La primera se hace en un momento, o ahora mismo con «Hacer una copia ahora».</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Put back the data as it was in the chosen backup</source>
        <translation>Dejar los datos como estaban en la copia elegida</translation>
    </message>
    <message>
        <source>Bring back what you had just before the last restore</source>
        <translation>Recuperar lo que tenía justo antes de la última restauración</translation>
    </message>
    <message>
        <source>Kept in: {folder}</source>
        <translation>Guardadas en: {folder}</translation>
    </message>
    <message>
        <source>Undo restore</source>
        <translation>Deshacer la restauración</translation>
    </message>
    <message>
        <source>Your data is back as it was in the backup you chose. What you had just before is kept as a backup too: “Undo restore” brings it back.</source>
        <translation>Sus datos están como estaban en la copia que eligió. Lo que tenía justo antes también se guarda como copia: «Deshacer la restauración» lo recupera.</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Haciendo una copia de seguridad…</translation>
    </message>
    <message>
        <source>Last backup: {when}.</source>
        <translation>Última copia: {when}.</translation>
    </message>
    <message>
        <source>Backed up just now: {holds}.</source>
        <translation>Copia hecha ahora mismo: {holds}.</translation>
    </message>
    <message>
        <source>The last backup could not be made.</source>
        <translation>No se pudo hacer la última copia.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia?</translation>
    </message>
    <message>
        <source>Put your data back as it was on {when}?</source>
        <translation>¿Dejar sus datos como estaban el {when}?</translation>
    </message>
    <message>
        <source>The backup holds {holds}. What you have now is kept as a backup first, so you can undo this restore.</source>
        <translation>La copia contiene {holds}. Lo que tiene ahora se guarda antes como copia, para que pueda deshacer la restauración.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Undo the restore?</source>
        <translation>¿Deshacer la restauración?</translation>
    </message>
    <message>
        <source>Bring back your data as it was just before the restore, on {when}?</source>
        <translation>¿Recuperar sus datos como estaban justo antes de la restauración, el {when}?</translation>
    </message>
    <message>
        <source>What you have now is kept as a backup first.</source>
        <translation>Lo que tiene ahora se guarda antes como copia.</translation>
    </message>
    <message>
        <source>Choose a folder for backups</source>
        <translation>Elija una carpeta para las copias de seguridad</translation>
    </message>
</context>
<context>
    <name>Bridge</name>
    <message>
        <source>Waiting for the notebook to come back</source>
        <translation>Esperando que vuelva el cuaderno</translation>
    </message>
    <message>
        <source>Written back</source>
        <translation>Ya contestaron</translation>
    </message>
    <message>
        <source>Please keep the letter under {n:,} characters.</source>
        <translation>Por favor, que la carta tenga menos de {n:,} caracteres.</translation>
    </message>
    <message>
        <source>Please write a few words, or choose something to share.</source>
        <translation>Por favor, escriba unas palabras o elija algo para compartir.</translation>
    </message>
    <message>
        <source>Please look at the photos once more and tick that they show no other children and nothing that shows where you live.</source>
        <translation>Por favor, mire las fotos una vez más y marque que no aparecen otros niños ni nada que muestre dónde vive.</translation>
    </message>
    <message>
        <source>Please keep each question under {n} characters.</source>
        <translation>Por favor, que cada pregunta tenga menos de {n} caracteres.</translation>
    </message>
    <message>
        <source>Please keep the reply under {n:,} characters.</source>
        <translation>Por favor, que la respuesta tenga menos de {n:,} caracteres.</translation>
    </message>
    <message>
        <source>The reply date is before the page was prepared.</source>
        <translation>La fecha de la respuesta es anterior a la fecha en que se preparó la página.</translation>
    </message>
    <message>
        <source>bridge book</source>
        <translation>cuaderno puente</translation>
    </message>
</context>
<context>
    <name>BridgeBookPage</name>
    <message>
        <source>Prepare the next page…</source>
        <translation>Preparar la próxima página…</translation>
    </message>
    <message>
        <source>Bridge book</source>
        <translation>Cuaderno puente</translation>
    </message>
    <message>
        <source>{name}&apos;s bridge book</source>
        <translation>Cuaderno puente de {name}</translation>
    </message>
    <message>
        <source>A notebook that goes with {name} to family time: you write how the days went, the parent reads it and writes back.</source>
        <translation>Un cuaderno que acompaña a {name} al tiempo en familia: usted cuenta cómo fueron los días, la madre o el padre lo lee y le contesta.</translation>
    </message>
    <message>
        <source>Nothing in the book yet. The first page can share how {name}&apos;s week went, a photo or two, and a question for the parent.</source>
        <translation>El cuaderno está vacío. La primera página puede contar cómo le fue a {name} esta semana, llevar una o dos fotos y una pregunta para la madre o el padre.</translation>
    </message>
    <message>
        <source>Waiting for {who}&apos;s reply. Notebooks often come back after the next family time.</source>
        <translation>Esperando la respuesta de {who}. Muchas veces el cuaderno vuelve después del siguiente tiempo en familia.</translation>
    </message>
    <message>
        <source>the parent</source>
        <translation>la madre o el padre</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>Página {n}</translation>
    </message>
    <message>
        <source>Page {n} · {date} · to {who}</source>
        <translation>Página {n} · {date} · para {who}</translation>
    </message>
    <message>
        <source>Question: {q}</source>
        <translation>Pregunta: {q}</translation>
    </message>
    <message>
        <source>Print this page…</source>
        <translation>Imprimir esta página…</translation>
    </message>
    <message>
        <source>Record what came back…</source>
        <translation>Anotar lo que volvió…</translation>
    </message>
    <message>
        <source>Change the reply…</source>
        <translation>Cambiar la respuesta…</translation>
    </message>
    <message>
        <source>The parent</source>
        <translation>La madre o el padre</translation>
    </message>
    <message>
        <source>{who} wrote back · {date}</source>
        <translation>{who} contestó · {date}</translation>
    </message>
    <message>
        <source>{who} wrote back</source>
        <translation>{who} contestó</translation>
    </message>
    <message>
        <source>Add what you learned to {name}&apos;s page…</source>
        <translation>Añadir lo aprendido a la página de {name}…</translation>
    </message>
    <message>
        <source>Print center — {name}, bridge book page {n}</source>
        <translation>Centro de impresión — {name}, página {n} del cuaderno puente</translation>
    </message>
</context>
<context>
    <name>BridgePageEditor</name>
    <message>
        <source>Prepare the next page of {name}&apos;s bridge book</source>
        <translation>Preparar la próxima página del cuaderno puente de {name}</translation>
    </message>
    <message>
        <source>Who the page is for</source>
        <translation>Para quién es la página</translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation>Su carta</translation>
    </message>
    <message>
        <source>A few words about the week, in your own voice. It is fine to keep it short.</source>
        <translation>Unas palabras sobre la semana, con su propia voz. Está bien si es corta.</translation>
    </message>
    <message>
        <source>News to share</source>
        <translation>Novedades para compartir</translation>
    </message>
    <message>
        <source>Photos to include</source>
        <translation>Fotos para incluir</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(sin pie de foto)</translation>
    </message>
    <message>
        <source>Private · {caption}</source>
        <translation>Privada · {caption}</translation>
    </message>
    <message>
        <source>Photo not found · {caption}</source>
        <translation>No se encuentra la foto · {caption}</translation>
    </message>
    <message>
        <source>I checked: no other children and nothing that shows where we live</source>
        <translation>Lo revisé: no hay otros niños ni nada que muestre dónde vivimos</translation>
    </message>
    <message>
        <source>Questions from the guide</source>
        <translation>Preguntas de la guía</translation>
    </message>
    <message>
        <source>Or write your own question</source>
        <translation>O escriba su propia pregunta</translation>
    </message>
    <message>
        <source>Your own question</source>
        <translation>Su propia pregunta</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>News since the last page ({date})</source>
        <translation>Novedades desde la última página ({date})</translation>
    </message>
    <message>
        <source>News so far</source>
        <translation>Novedades hasta ahora</translation>
    </message>
    <message>
        <source>No “to share” notes since the last page. Your letter can say how the week went.</source>
        <translation>No hay notas «para compartir» desde la última página. Su carta puede contar cómo fue la semana.</translation>
    </message>
    <message>
        <source>Pick a few photos. Before ticking, look at each one: other children&apos;s faces, our street, house number or school should not be in the picture.</source>
        <translation>Elija algunas fotos. Antes de marcarlas, mire cada una: no deben verse caras de otros niños, nuestra calle, el número de la casa ni la escuela.</translation>
    </message>
    <message>
        <source>No photos since the last page.</source>
        <translation>No hay fotos desde la última página.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Questions for {who}</source>
        <translation>Preguntas para {who}</translation>
    </message>
    <message>
        <source>the parent</source>
        <translation>la madre o el padre</translation>
    </message>
    <message>
        <source>Two or three questions are plenty; each gets room to write on the page.</source>
        <translation>Con dos o tres preguntas basta; cada una tiene espacio para escribir en la página.</translation>
    </message>
    <message>
        <source>Save the page</source>
        <translation>Guardar la página</translation>
    </message>
    <message>
        <source>Share something private?</source>
        <translation>¿Compartir algo privado?</translation>
    </message>
    <message>
        <source>This is marked private. Put it on the page anyway?</source>
        <translation>Esto está marcado como privado. ¿Ponerlo en la página de todos modos?</translation>
    </message>
    <message>
        <source>The page goes to {who} and may be kept for years.</source>
        <translation>La página va para {who} y puede que la guarden por años.</translation>
    </message>
    <message>
        <source>Put it on the page</source>
        <translation>Ponerlo en la página</translation>
    </message>
    <message>
        <source>That is a lot of questions for one page; please choose a few.</source>
        <translation>Son muchas preguntas para una sola página; por favor, elija unas pocas.</translation>
    </message>
</context>
<context>
    <name>BridgePhotos</name>
    <message>
        <source>Photo not found
in the app&apos;s folder</source>
        <translation>No se encuentra la foto
en la carpeta de la aplicación</translation>
    </message>
    <message>
        <source>Missing photo</source>
        <translation>Falta la foto</translation>
    </message>
</context>
<context>
    <name>BridgeReplyDialog</name>
    <message>
        <source>the parent</source>
        <translation>la madre o el padre</translation>
    </message>
    <message>
        <source>What came back from {who} (page {n})</source>
        <translation>Lo que volvió de {who} (página {n})</translation>
    </message>
    <message>
        <source>What they wrote</source>
        <translation>Lo que escribieron</translation>
    </message>
    <message>
        <source>Type what {who} wrote, as much as you like, or add a photo of the page below.</source>
        <translation>Escriba lo que escribió {who}, todo lo que quiera, o añada abajo una foto de la página.</translation>
    </message>
    <message>
        <source>Their answers to our questions</source>
        <translation>Sus respuestas a nuestras preguntas</translation>
    </message>
    <message>
        <source>This page had no questions.</source>
        <translation>Esta página no tenía preguntas.</translation>
    </message>
    <message>
        <source>A photo or scan of their page</source>
        <translation>Una foto o un escaneo de su página</translation>
    </message>
    <message>
        <source>Add a photo or scan…</source>
        <translation>Añadir una foto o un escaneo…</translation>
    </message>
    <message>
        <source>Adding the photo…</source>
        <translation>Añadiendo la foto…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Came back on</source>
        <translation>Volvió el</translation>
    </message>
    <message>
        <source>What {who} wrote</source>
        <translation>Lo que escribió {who}</translation>
    </message>
    <message>
        <source>Choose a photo or scan of the page</source>
        <translation>Elija una foto o un escaneo de la página</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Please name the data folder with --data-dir.</source>
        <translation>Indique la carpeta de datos con --data-dir.</translation>
    </message>
</context>
<context>
    <name>Child</name>
    <message>
        <source>Foster care</source>
        <translation>Cuidado de crianza</translation>
    </message>
    <message>
        <source>Kinship care</source>
        <translation>Cuidado por familiares</translation>
    </message>
    <message>
        <source>Reunification (going home)</source>
        <translation>Reunificación (volver a casa)</translation>
    </message>
    <message>
        <source>Guardianship</source>
        <translation>Tutela</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adopción</translation>
    </message>
    <message>
        <source>Living with a relative</source>
        <translation>Vivir con un familiar</translation>
    </message>
    <message>
        <source>Independent living</source>
        <translation>Vida independiente</translation>
    </message>
    <message>
        <source>Another plan</source>
        <translation>Otro plan</translation>
    </message>
    <message>
        <source>Went home to their family</source>
        <translation>Volvió a casa con su familia</translation>
    </message>
    <message>
        <source>Went to live with relatives</source>
        <translation>Se fue a vivir con parientes</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptado</translation>
    </message>
    <message>
        <source>Moved to another home</source>
        <translation>Se mudó a otro hogar</translation>
    </message>
    <message>
        <source>In my care</source>
        <translation>A mi cuidado</translation>
    </message>
    <message>
        <source>After going home</source>
        <translation>Después de volver a casa</translation>
    </message>
    <message>
        <source>Placement ended</source>
        <translation>Terminó la colocación</translation>
    </message>
    <message>
        <source>Please enter the child&apos;s name.</source>
        <translation>Por favor, escriba el nombre del niño o la niña.</translation>
    </message>
    <message>
        <source>A name can be at most {limit} characters.</source>
        <translation>Un nombre puede tener como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>Please keep pronouns short.</source>
        <translation>Por favor, escriba los pronombres de forma breve.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>La fecha de nacimiento no puede ser en el futuro.</translation>
    </message>
    <message>
        <source>The placement date is before the birth date.</source>
        <translation>La fecha de llegada es anterior a la fecha de nacimiento.</translation>
    </message>
    <message>
        <source>The placement date cannot be in the future.</source>
        <translation>La fecha de llegada no puede ser en el futuro.</translation>
    </message>
    <message>
        <source>The stage must be 1, 2, 3 or 4.</source>
        <translation>La etapa debe ser 1, 2, 3 o 4.</translation>
    </message>
    <message>
        <source>Notes can be at most {limit} characters; please shorten them.</source>
        <translation>Las notas pueden tener como máximo {limit} caracteres; por favor, acórtelas.</translation>
    </message>
    <message>
        <source>Please choose how the placement ended.</source>
        <translation>Elija cómo terminó la colocación.</translation>
    </message>
    <message>
        <source>Please enter the day the placement ended.</source>
        <translation>Escriba el día en que terminó la colocación.</translation>
    </message>
    <message>
        <source>The end date cannot be in the future.</source>
        <translation>La fecha de término no puede ser en el futuro.</translation>
    </message>
    <message>
        <source>The placement cannot end before it began.</source>
        <translation>La colocación no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>The placement date is after the day the placement ended.</source>
        <translation>La fecha de colocación es posterior al día en que terminó.</translation>
    </message>
</context>
<context>
    <name>ChildEditor</name>
    <message>
        <source>Child details</source>
        <translation>Datos del niño</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Añadir un niño</translation>
    </message>
    <message>
        <source>she/her</source>
        <translation>ella</translation>
    </message>
    <message>
        <source>he/him</source>
        <translation>él</translation>
    </message>
    <message>
        <source>they/them</source>
        <translation>elle</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Only the name is needed now. You can fill in the rest whenever you learn it.</source>
        <translation>Por ahora solo hace falta el nombre. Puede completar lo demás cuando lo sepa.</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nombre completo</translation>
    </message>
    <message>
        <source>As on the placement papers</source>
        <translation>Como aparece en los papeles de la colocación</translation>
    </message>
    <message>
        <source>&amp;Called</source>
        <translation>&amp;Le dicen</translation>
    </message>
    <message>
        <source>The name the child likes to be called</source>
        <translation>El nombre que le gusta que le digan</translation>
    </message>
    <message>
        <source>&amp;Pronouns</source>
        <translation>&amp;Pronombres</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Fecha de &amp;nacimiento</translation>
    </message>
    <message>
        <source>P&amp;laced with us on</source>
        <translation>&amp;Vive con nosotros desde</translation>
    </message>
    <message>
        <source>Placement &amp;type</source>
        <translation>&amp;Tipo de cuidado</translation>
    </message>
    <message>
        <source>Permanency &amp;goal</source>
        <translation>&amp;Meta de permanencia</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Etapa</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Anything short you want to remember</source>
        <translation>Algo breve que quiera recordar</translation>
    </message>
</context>
<context>
    <name>ChildListModel</name>
    <message>
        <source>{name}, {ended}</source>
        <translation>{name}, {ended}</translation>
    </message>
    <message>
        <source>Went home {date}</source>
        <translation>Volvió a casa el {date}</translation>
    </message>
    <message>
        <source>Ended {date}</source>
        <translation>Terminó el {date}</translation>
    </message>
    <message>
        <source>Stage {n} · {name}</source>
        <translation>Etapa {n} · {name}</translation>
    </message>
</context>
<context>
    <name>ComfortCallHelper</name>
    <message>
        <source>Comfort call for {name}</source>
        <translation>Llamada de tranquilidad para {name}</translation>
    </message>
    <message>
        <source>Keep this open during the call. Jot down what you hear in a few words; you can tidy it up afterwards.</source>
        <translation>Tenga esto abierto durante la llamada. Anote en pocas palabras lo que escuche; puede ordenarlo después.</translation>
    </message>
    <message>
        <source>Questions you might ask</source>
        <translation>Preguntas que puede hacer</translation>
    </message>
    <message>
        <source>What you might say</source>
        <translation>Lo que puede decir</translation>
    </message>
    <message>
        <source>What to say about yourself</source>
        <translation>Qué contar de usted</translation>
    </message>
    <message>
        <source>How did the call go?</source>
        <translation>¿Cómo fue la llamada?</translation>
    </message>
    <message>
        <source>If they are not ready</source>
        <translation>Si no están listos</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Algo más</translation>
    </message>
    <message>
        <source>Other things to remember from the call</source>
        <translation>Otras cosas que recordar de la llamada</translation>
    </message>
    <message>
        <source>Save the call</source>
        <translation>Guardar la llamada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Saved in {name}&apos;s journal.</source>
        <translation>Guardado en el diario de {name}.</translation>
    </message>
    <message>
        <source>the comfort call</source>
        <translation>la llamada de tranquilidad</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>Birth parent</source>
        <translation>Madre o padre biológico</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Hermano o hermana</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Abuela o abuelo</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Otro familiar</translation>
    </message>
    <message>
        <source>Family friend (fictive kin)</source>
        <translation>Amigo de la familia (como de la familia)</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Trabajador social</translation>
    </message>
    <message>
        <source>CASA volunteer</source>
        <translation>Voluntario de CASA</translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation>Abogado</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>Terapeuta</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>Dentista</translation>
    </message>
    <message>
        <source>School or teacher</source>
        <translation>Escuela o maestro</translation>
    </message>
    <message>
        <source>Parent partner</source>
        <translation>Padre o madre mentor</translation>
    </message>
    <message>
        <source>Respite caregiver</source>
        <translation>Cuidador de relevo</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <source>No preference given</source>
        <translation>Sin preferencia</translation>
    </message>
    <message>
        <source>A phone call</source>
        <translation>Una llamada</translation>
    </message>
    <message>
        <source>A text message</source>
        <translation>Un mensaje de texto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Through the caseworker</source>
        <translation>A través del trabajador social</translation>
    </message>
    <message>
        <source>Please enter a name.</source>
        <translation>Por favor, escriba un nombre.</translation>
    </message>
    <message>
        <source>A name can be at most {limit} characters.</source>
        <translation>Un nombre puede tener como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>Please say in a few words who this person is for the child.</source>
        <translation>Por favor, diga en pocas palabras quién es esta persona para el niño.</translation>
    </message>
    <message>
        <source>This email address looks incomplete: it needs an @, like name@example.org.</source>
        <translation>Este correo parece incompleto: necesita una @, como nombre@ejemplo.org.</translation>
    </message>
    <message>
        <source>A phone number needs some digits: “{number}”.</source>
        <translation>Un número de teléfono necesita algunos dígitos: «{number}».</translation>
    </message>
    <message>
        <source>A phone number needs some digits.</source>
        <translation>Un número de teléfono necesita algunos dígitos.</translation>
    </message>
    <message>
        <source>Notes can be at most {limit} characters; please shorten them.</source>
        <translation>Las notas pueden tener como máximo {limit} caracteres; por favor, acórtelas.</translation>
    </message>
    <message>
        <source>Best way to reach: {how}</source>
        <translation>Mejor forma de contacto: {how}</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Idioma: {language}</translation>
    </message>
    <message>
        <source>Lives with: {who}</source>
        <translation>Vive con: {who}</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Person&apos;s details</source>
        <translation>Datos de la persona</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>For example: pastor, coach, neighbour</source>
        <translation>Por ejemplo: pastor, entrenador, vecino</translation>
    </message>
    <message>
        <source>For example: Mom, Maya&apos;s teacher</source>
        <translation>Por ejemplo: mamá, la maestra de Maya</translation>
    </message>
    <message>
        <source>Add another number</source>
        <translation>Añadir otro número</translation>
    </message>
    <message>
        <source>For example: weekday evenings after 6</source>
        <translation>Por ejemplo: entre semana después de las 6</translation>
    </message>
    <message>
        <source>Who cares for them now</source>
        <translation>Quién la cuida ahora</translation>
    </message>
    <message>
        <source>Their details may be shared</source>
        <translation>Sus datos se pueden compartir</translation>
    </message>
    <message>
        <source>Tick this only when the person (or their office) agreed, for example when a birth parent said their number may be given to you. Unticked details stay on this computer and are left off printouts unless you choose otherwise.</source>
        <translation>Márquelo solo cuando la persona (o su oficina) lo haya aceptado, por ejemplo cuando una madre le dijo que le pueden dar su número. Si no lo marca, los datos se quedan en esta computadora y no salen en lo impreso, salvo que usted lo elija.</translation>
    </message>
    <message>
        <source>Only for you; never printed or exported.</source>
        <translation>Solo para usted; nunca se imprime ni se exporta.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>In your words</source>
        <translation>Con sus palabras</translation>
    </message>
    <message>
        <source>Relation to the child</source>
        <translation>Relación con el niño</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Best way to reach</source>
        <translation>Mejor forma de contacto</translation>
    </message>
    <message>
        <source>Best times</source>
        <translation>Mejores horas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Lives with</source>
        <translation>Vive con</translation>
    </message>
    <message>
        <source>Their home&apos;s phone</source>
        <translation>Teléfono de su casa</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mis notas</translation>
    </message>
    <message>
        <source>In the circle of</source>
        <translation>En el círculo de</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>celular</translation>
    </message>
    <message>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>office</source>
        <translation>oficina</translation>
    </message>
    <message>
        <source>What kind of number</source>
        <translation>Qué tipo de número</translation>
    </message>
    <message>
        <source>As you would dial it</source>
        <translation>Tal como lo marcaría</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
</context>
<context>
    <name>ContactEntriesDialog</name>
    <message>
        <source>{child}&apos;s journal with {person}</source>
        <translation>El diario de {child} con {person}</translation>
    </message>
    <message>
        <source>Entries {person} took part in, newest first. Double-click one to open it in the journal.</source>
        <translation>Anotaciones en las que participó {person}, de la más reciente a la más antigua. Haga doble clic en una para abrirla en el diario.</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Anotaciones del diario</translation>
    </message>
    <message>
        <source>Open in the journal</source>
        <translation>Abrir en el diario</translation>
    </message>
</context>
<context>
    <name>ContactJournalLink</name>
    <message>
        <source>In the journal</source>
        <translation>En el diario</translation>
    </message>
    <message>
        <source>Last in the journal: {date} — {title}</source>
        <translation>Última vez en el diario: {date} — {title}</translation>
    </message>
    <message>
        <source>Only in planned entries so far.</source>
        <translation>Por ahora solo en anotaciones planeadas.</translation>
    </message>
    <message>
        <source>Not part of a journal entry yet. When you write one, tick {name} under “Who took part”.</source>
        <translation>Todavía no aparece en ninguna anotación. Cuando escriba una, marque a {name} en «Quién participó».</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n entries…</source>
        <translation>
            <numerusform>Ver la anotación…</numerusform>
            <numerusform>Ver las %n anotaciones…</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal entries {name} took part in</source>
        <translation>Las anotaciones del diario en las que participó {name}</translation>
    </message>
</context>
<context>
    <name>ContactListModel</name>
    <message>
        <source>private</source>
        <translation>privado</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>Add someone already saved</source>
        <translation>Añadir a alguien ya guardado</translation>
    </message>
    <message>
        <source>People saved for your other children. Choose who is also part of {name}&apos;s circle, for example a shared birth parent or caseworker.</source>
        <translation>Personas guardadas para sus otros niños. Elija quién también forma parte del círculo de {name}, por ejemplo una madre o un trabajador social que comparten.</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>Search by name, role or number</source>
        <translation>Buscar por nombre, papel o número</translation>
    </message>
    <message>
        <source>People to choose from</source>
        <translation>Personas para elegir</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search people by name, role or number</source>
        <translation>Buscar personas por nombre, papel o número</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Añadir una persona…</translation>
    </message>
    <message>
        <source>Add someone already saved…</source>
        <translation>Añadir a alguien ya guardado…</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Exportar todos…</translation>
    </message>
    <message>
        <source>Save everyone on this list whose details may be shared as one vCard file</source>
        <translation>Guardar en un archivo vCard a todas las personas de esta lista cuyos datos se pueden compartir</translation>
    </message>
    <message>
        <source>My notes (only for you)</source>
        <translation>Mis notas (solo para usted)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Export vCard…</source>
        <translation>Exportar vCard…</translation>
    </message>
    <message>
        <source>Save a file you can open on a phone to add this person to its contacts</source>
        <translation>Guardar un archivo que puede abrir en un teléfono para añadir a esta persona a sus contactos</translation>
    </message>
    <message>
        <source>Remove from this list</source>
        <translation>Quitar de esta lista</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>No one in {name}&apos;s circle yet. Add the people who matter to {name}: family, the caseworker, doctor, school.</source>
        <translation>Todavía no hay nadie en el círculo de {name}. Añada a las personas importantes para {name}: la familia, el trabajador social, el médico, la escuela.</translation>
    </message>
    <message>
        <source>Take {person} off {name}&apos;s list; they stay saved for anyone else.</source>
        <translation>Quitar a {person} de la lista de {name}; sigue guardada para los demás.</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>People in this child&apos;s life</source>
        <translation>Personas en la vida de este niño</translation>
    </message>
    <message>
        <source>No one matches “{words}”. Try part of a name, a role such as “doctor”, or a few digits of a number.</source>
        <translation>Nadie coincide con «{words}». Pruebe con parte de un nombre, un papel como «médico», o algunas cifras de un número.</translation>
    </message>
    <message>
        <source>Shareable: these details can go on printouts.</source>
        <translation>Se puede compartir: estos datos pueden ir en las hojas impresas.</translation>
    </message>
    <message>
        <source>Private: kept off printouts and exports unless you choose otherwise.</source>
        <translation>Privado: no sale en lo impreso ni en lo exportado, salvo que usted lo elija.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Best reached by</source>
        <translation>Mejor por</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Lives with</source>
        <translation>Vive con</translation>
    </message>
    <message>
        <source>Their home&apos;s phone</source>
        <translation>Teléfono de su casa</translation>
    </message>
    <message>
        <source>No phone, email or address saved yet.</source>
        <translation>Todavía no hay teléfono, correo ni dirección.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy {text}</source>
        <translation>Copiar {text}</translation>
    </message>
    <message>
        <source>Also in the circle of: {names}</source>
        <translation>También en el círculo de: {names}</translation>
    </message>
    <message>
        <source>Copied {text}</source>
        <translation>Se copió {text}</translation>
    </message>
    <message>
        <source>Add someone already saved</source>
        <translation>Añadir a alguien ya guardado</translation>
    </message>
    <message>
        <source>Everyone you have saved is already in {name}&apos;s circle.</source>
        <translation>Todas las personas que ha guardado ya están en el círculo de {name}.</translation>
    </message>
    <message>
        <source>{name} is still saved. “Add someone already saved…” brings them back to any child&apos;s list.</source>
        <translation>{name} sigue guardado. «Añadir a alguien ya guardado…» lo vuelve a poner en la lista de cualquier niño.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Esto no se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>{name} took part in %n journal entries. Those entries stay as they are, with {name}&apos;s name kept.</source>
        <translation>
            <numerusform>{name} participó en 1 anotación del diario. Esa anotación se queda como está, con el nombre de {name}.</numerusform>
            <numerusform>{name} participó en %n anotaciones del diario. Esas anotaciones se quedan como están, con el nombre de {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They will also be removed from the circle of %n other children. To take them off this list only, choose “Remove from this list” instead.</source>
        <translation>
            <numerusform>También se quitará del círculo de otro niño. Para quitarlo solo de esta lista, elija «Quitar de esta lista».</numerusform>
            <numerusform>También se quitará del círculo de otros %n niños. Para quitarlo solo de esta lista, elija «Quitar de esta lista».</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>¿Borrar a {name}?</translation>
    </message>
    <message>
        <source>Delete {name} ({role}) from this computer?</source>
        <translation>¿Borrar a {name} ({role}) de esta computadora?</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Borrar para siempre</translation>
    </message>
    <message>
        <source>Export {name} as a vCard</source>
        <translation>Exportar a {name} como vCard</translation>
    </message>
    <message>
        <source>Export all</source>
        <translation>Exportar todos</translation>
    </message>
    <message numerus="yes">
        <source>%n people on this list are marked private.</source>
        <translation>
            <numerusform>1 persona de esta lista está marcada como privada.</numerusform>
            <numerusform>%n personas de esta lista están marcadas como privadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Private: {names}</source>
        <translation>Privadas: {names}</translation>
    </message>
    <message>
        <source>Only those who may be shared</source>
        <translation>Solo las que se pueden compartir</translation>
    </message>
    <message>
        <source>Include the private ones, for my phone</source>
        <translation>Incluir las privadas, para mi teléfono</translation>
    </message>
    <message>
        <source>No one on this list is marked as shareable, so there is nothing to export.</source>
        <translation>Nadie en esta lista está marcado para compartir, así que no hay nada que exportar.</translation>
    </message>
    <message>
        <source>{name}&apos;s people</source>
        <translation>Personas de {name}</translation>
    </message>
    <message>
        <source>Export {name}&apos;s people</source>
        <translation>Exportar las personas de {name}</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Archivos vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Se guardó {file}</translation>
    </message>
    <message>
        <source>Export private details?</source>
        <translation>¿Exportar datos privados?</translation>
    </message>
    <message>
        <source>{name}&apos;s details are marked private.</source>
        <translation>Los datos de {name} están marcados como privados.</translation>
    </message>
    <message>
        <source>A vCard file can be passed on like any file. Export it only for your own phone. Your notes are never included.</source>
        <translation>Un archivo vCard se puede pasar a otros como cualquier archivo. Expórtelo solo para su propio teléfono. Sus notas nunca se incluyen.</translation>
    </message>
    <message>
        <source>Export for my phone</source>
        <translation>Exportar para mi teléfono</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <source>birth parent</source>
        <translation>la madre o el padre</translation>
    </message>
    <message>
        <source>Saved in {name}&apos;s journal. Added to {name}&apos;s page: {n}.</source>
        <translation>Guardado en el diario de {name}. Añadido a la página de {name}: {n}.</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <source>comfort call</source>
        <translation>llamada de tranquilidad</translation>
    </message>
    <message>
        <source>icebreaker meeting</source>
        <translation>reunión para romper el hielo</translation>
    </message>
    <message>
        <source>We talked</source>
        <translation>Hablamos</translation>
    </message>
    <message>
        <source>The parent was not ready and asked me to call back</source>
        <translation>La madre o el padre no estaba listo y pidió que volviera a llamar</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No contestaron</translation>
    </message>
    <message>
        <source>the birth parent</source>
        <translation>la madre o el padre biológico</translation>
    </message>
    <message>
        <source>Comfort call with {name}</source>
        <translation>Llamada de tranquilidad con {name}</translation>
    </message>
    <message>
        <source>Comfort call with {name}: not ready yet</source>
        <translation>Llamada de tranquilidad con {name}: todavía no está listo</translation>
    </message>
    <message>
        <source>Comfort call to {name}: no answer</source>
        <translation>Llamada de tranquilidad a {name}: no contestaron</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Resultado: {outcome}</translation>
    </message>
    <message>
        <source>Try the comfort call again</source>
        <translation>Volver a intentar la llamada de tranquilidad</translation>
    </message>
    <message>
        <source>Icebreaker meeting with {name}</source>
        <translation>Reunión para romper el hielo con {name}</translation>
    </message>
    <message>
        <source>Save your notes?</source>
        <translation>¿Guardar sus notas?</translation>
    </message>
    <message>
        <source>You have written notes about {what} that are not saved yet.</source>
        <translation>Ha escrito notas sobre {what} que todavía no están guardadas.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
</context>
<context>
    <name>DamagedFileMessage</name>
    <message>
        <source>The data file is damaged</source>
        <translation>El archivo de datos está dañado</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes). This can happen when the computer stops while saving, or when the disk is full.</source>
        <translation>El archivo está vacío (0 bytes). Puede pasar cuando la computadora se apaga mientras guarda, o cuando el disco está lleno.</translation>
    </message>
    <message>
        <source>The file does not hold data this app can read. It may have been overwritten by another program.</source>
        <translation>El archivo no contiene datos que esta aplicación pueda leer. Puede que otro programa lo haya sobrescrito.</translation>
    </message>
    <message>
        <source>Part of the file is damaged, so the app cannot trust what is in it. This can happen when a disk starts to fail.</source>
        <translation>Una parte del archivo está dañada, así que la aplicación no puede fiarse de lo que contiene. Puede pasar cuando un disco empieza a fallar.</translation>
    </message>
    <message>
        <source>The app cannot open your data file {path}.</source>
        <translation>La aplicación no puede abrir su archivo de datos {path}.</translation>
    </message>
    <message>
        <source>The file has not been changed. No backup that can be used was found in {folder}. If you keep backups elsewhere (a USB stick), plug it in and start the app again. To start afresh instead, move the file somewhere else first.</source>
        <translation>El archivo no se ha cambiado. No se encontró ninguna copia que se pueda usar en {folder}. Si guarda copias en otro lugar (una memoria USB), conéctela y vuelva a abrir la aplicación. Para empezar de nuevo, mueva antes el archivo a otro lugar.</translation>
    </message>
    <message>
        <source>The file has not been changed. The newest backup that is whole is from {when} and holds {holds}. Restoring it brings your data back as it was then. The damaged file is kept, not deleted, in case someone can rescue more from it.</source>
        <translation>El archivo no se ha cambiado. La copia completa más reciente es del {when} y contiene {holds}. Al restaurarla, sus datos quedan como estaban entonces. El archivo dañado se guarda, no se borra, por si alguien puede rescatar algo más.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Your data is back</source>
        <translation>Sus datos están de vuelta</translation>
    </message>
    <message>
        <source>Your data is back as it was on {when}. The damaged file is kept in {folder}.</source>
        <translation>Sus datos están como estaban el {when}. El archivo dañado se guarda en {folder}.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>year-month-day, e.g. 2024-03-15</source>
        <translation>p. ej. 2024-03-15 o 15 de marzo de 2024</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>Please write the date as year-month-day, for example 2024-03-15, or pick it from the calendar.</source>
        <translation>Por favor, escriba la fecha como año-mes-día, por ejemplo 2024-03-15, o como 15 de marzo de 2024, o elíjala en el calendario.</translation>
    </message>
    <message>
        <source>That month name is not one we know.</source>
        <translation>No conocemos ese nombre de mes.</translation>
    </message>
    <message>
        <source>There is no month {month}; months go from 1 to 12.</source>
        <translation>No existe el mes {month}; los meses van del 1 al 12.</translation>
    </message>
    <message>
        <source>Please check the year.</source>
        <translation>Por favor, revise el año.</translation>
    </message>
    <message>
        <source>That day does not exist: {month} {year} has {days} days.</source>
        <translation>Ese día no existe: {month} de {year} tiene {days} días.</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <source>Comfort call helper…</source>
        <translation>Ayuda para la llamada de tranquilidad…</translation>
    </message>
    <message>
        <source>Prepare the icebreaker…</source>
        <translation>Preparar la reunión para romper el hielo…</translation>
    </message>
    <message>
        <source>Transition plan…</source>
        <translation>Plan de transición…</translation>
    </message>
    <message>
        <source>Contact plan…</source>
        <translation>Plan de contacto…</translation>
    </message>
    <message>
        <source>Write down the meeting…</source>
        <translation>Anotar la reunión…</translation>
    </message>
    <message>
        <source>Appointment today</source>
        <translation>Cita hoy</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>To do by</source>
        <translation>Con fecha límite</translation>
    </message>
    <message>
        <source>Can still help</source>
        <translation>Todavía puede ayudar</translation>
    </message>
    <message>
        <source>Good time now</source>
        <translation>Buen momento ahora</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>An idea</source>
        <translation>Una idea</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Comfort call</source>
        <translation>Llamada de tranquilidad</translation>
    </message>
    <message>
        <source>You have had a first call with the birth parent.</source>
        <translation>Ya tuvo una primera llamada con la madre o el padre.</translation>
    </message>
    <message>
        <source>A short first phone call with the birth parent helps the child settle. Add the placement date and the app can suggest a good time.</source>
        <translation>Una primera llamada corta con la madre o el padre ayuda al niño a adaptarse. Añada la fecha de llegada y la aplicación le sugerirá un buen momento.</translation>
    </message>
    <message>
        <source>Once the child arrives, a short first call with the birth parent, ideally within a day, helps everyone settle.</source>
        <translation>Cuando llegue el niño, una primera llamada corta con la madre o el padre, idealmente en el primer día, ayuda a que todos se tranquilicen.</translation>
    </message>
    <message>
        <source>You may already be in touch. A short call only about how the child is doing still helps, best within the first day.</source>
        <translation>Puede que ya estén en contacto. Una llamada corta solo sobre cómo está el niño igual ayuda, mejor en el primer día.</translation>
    </message>
    <message>
        <source>A short first call with the birth parent, best within the first day. The caseworker can set it up once the parent agrees to share numbers.</source>
        <translation>Una primera llamada corta con la madre o el padre, mejor en el primer día. El trabajador social puede organizarla cuando la madre o el padre acepte compartir números.</translation>
    </message>
    <message>
        <source>It has been {days} days; a first call can still help. Here is how.</source>
        <translation>Han pasado {days} días; una primera llamada todavía puede ayudar. Así se hace.</translation>
    </message>
    <message>
        <source>A first call can still help, however long it has been. Here is how.</source>
        <translation>Una primera llamada todavía puede ayudar, aunque haya pasado mucho tiempo. Así se hace.</translation>
    </message>
    <message>
        <source>Icebreaker meeting</source>
        <translation>Reunión para romper el hielo</translation>
    </message>
    <message>
        <source>You have met the birth parent for an icebreaker.</source>
        <translation>Ya se reunió con la madre o el padre para romper el hielo.</translation>
    </message>
    <message>
        <source>A short, friendly meeting about the child, best in the first week. The prep sheet helps you choose what to ask.</source>
        <translation>Una reunión corta y amable sobre el niño, mejor en la primera semana. La hoja de preparación le ayuda a elegir qué preguntar.</translation>
    </message>
    <message>
        <source>Best in the first three to five days after the child arrives.</source>
        <translation>Mejor entre los primeros tres y cinco días después de que llegue el niño.</translation>
    </message>
    <message>
        <source>Ideally by tomorrow.</source>
        <translation>Idealmente, para mañana.</translation>
    </message>
    <message>
        <source>Ideally within the next {days} days.</source>
        <translation>Idealmente, en los próximos {days} días.</translation>
    </message>
    <message>
        <source>{when} Ask the caseworker to set up a short meeting; the prep sheet helps you choose what to ask.</source>
        <translation>{when} Pida al trabajador social que organice una reunión corta; la hoja de preparación le ayuda a elegir qué preguntar.</translation>
    </message>
    <message>
        <source>Now is a good time for a short meeting about the child.</source>
        <translation>Ahora es un buen momento para una reunión corta sobre el niño.</translation>
    </message>
    <message>
        <source>Still a good time: the first five days are ideal for a short meeting about the child.</source>
        <translation>Todavía es buen momento: los primeros cinco días son ideales para una reunión corta sobre el niño.</translation>
    </message>
    <message>
        <source>Even if you see each other often, a calm talk only about the child&apos;s care is worth it.</source>
        <translation>Aunque se vean seguido, vale la pena una charla tranquila solo sobre el cuidado del niño.</translation>
    </message>
    <message>
        <source>It has been {days} days; an icebreaker can still help. Here is how.</source>
        <translation>Han pasado {days} días; romper el hielo todavía puede ayudar. Así se hace.</translation>
    </message>
    <message>
        <source>An icebreaker can still help, however long it has been. Here is how.</source>
        <translation>Romper el hielo todavía puede ayudar, aunque haya pasado mucho tiempo. Así se hace.</translation>
    </message>
    <message>
        <source>Family time today.</source>
        <translation>Hoy hay tiempo en familia.</translation>
    </message>
    <message>
        <source>Family time coming up.</source>
        <translation>Pronto hay tiempo en familia.</translation>
    </message>
    <message>
        <source>A snack and a favourite game to share can help.</source>
        <translation>Puede ayudar llevar algo de comer y un juego favorito para compartir.</translation>
    </message>
    <message>
        <source>Family time</source>
        <translation>Tiempo en familia</translation>
    </message>
    <message>
        <source>From your journal, whenever it suits.</source>
        <translation>De su diario, cuando le venga bien.</translation>
    </message>
    <message>
        <source>From your journal. Still worth doing when you have a moment.</source>
        <translation>De su diario. Vale la pena cuando tenga un momento.</translation>
    </message>
    <message>
        <source>From your journal, for today.</source>
        <translation>De su diario, para hoy.</translation>
    </message>
    <message>
        <source>From your journal.</source>
        <translation>De su diario.</translation>
    </message>
    <message>
        <source>A meeting before the move home</source>
        <translation>Una reunión antes de volver a casa</translation>
    </message>
    <message>
        <source>Like the first icebreaker, but the other way round: a short, friendly talk where you pass on routines, comfort items and what the child is looking forward to.</source>
        <translation>Como la primera reunión para romper el hielo, pero al revés: una charla corta y amable en la que usted pasa las rutinas, las cosas que le dan consuelo y lo que el niño espera con ilusión.</translation>
    </message>
    <message>
        <source>Offer a break</source>
        <translation>Ofrecer un respiro</translation>
    </message>
    <message>
        <source>If it would help, let the parent know you are glad to babysit for a few hours or have the child for a short stay.</source>
        <translation>Si puede ayudar, dígale a la madre o al padre que con gusto cuida al niño unas horas o lo recibe unos días.</translation>
    </message>
    <message>
        <source>Share photos and memories</source>
        <translation>Compartir fotos y recuerdos</translation>
    </message>
    <message>
        <source>Photos, artwork or a story from the time the child lived with you keep that part of their life with them.</source>
        <translation>Fotos, dibujos o una historia del tiempo que el niño vivió con usted le ayudan a conservar esa parte de su vida.</translation>
    </message>
    <message>
        <source>Keep to what you agreed, and change it whenever the parent wishes: they decide how much contact suits them.</source>
        <translation>Cumpla lo que acordaron, y cámbielo cuando la madre o el padre lo desee: son ellos quienes deciden cuánto contacto les conviene.</translation>
    </message>
    <message>
        <source>Ask the parent how they would like to stay in touch, and write it down in a contact plan.</source>
        <translation>Pregunte a la madre o al padre cómo le gustaría seguir en contacto, y anótelo en un plan de contacto.</translation>
    </message>
    <message>
        <source>Stay in touch as agreed</source>
        <translation>Seguir en contacto como acordaron</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Turning {n}. A card or a call can mean a lot, and join in if the family invites you.</source>
        <translation>Cumple {n}. Una tarjeta o una llamada puede significar mucho; y si la familia le invita, acompáñelos.</translation>
    </message>
</context>
<context>
    <name>DueRow</name>
    <message>
        <source>{message} ({date})</source>
        <translation>{message} ({date})</translation>
    </message>
    <message>
        <source>How…</source>
        <translation>Cómo…</translation>
    </message>
    <message>
        <source>A few plain words on how to do this</source>
        <translation>Unas palabras sencillas sobre cómo hacerlo</translation>
    </message>
</context>
<context>
    <name>DueSection</name>
    <message>
        <source>What&apos;s next</source>
        <translation>Lo que sigue</translation>
    </message>
    <message>
        <source>Nothing is waiting right now. The guide has ideas whenever you want them.</source>
        <translation>Ahora no hay nada pendiente. La guía tiene ideas cuando las quiera.</translation>
    </message>
    <message>
        <source>Next suggested steps</source>
        <translation>Próximos pasos sugeridos</translation>
    </message>
    <message>
        <source>Open the guide</source>
        <translation>Abrir la guía</translation>
    </message>
    <message>
        <source>Moved on too soon? Go back a stage; ticked steps stay as they are.</source>
        <translation>¿Pasó de etapa demasiado pronto? Vuelva a la anterior; los pasos marcados se quedan como están.</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Leer más</translation>
    </message>
    <message>
        <source>The main steps of this stage are done. When {name} and the family feel ready, you can move on to stage {n}: {title}.</source>
        <translation>Los pasos principales de esta etapa están hechos. Cuando {name} y la familia se sientan preparados, puede pasar a la etapa {n}: {title}.</translation>
    </message>
    <message>
        <source>Move to stage {n}</source>
        <translation>Pasar a la etapa {n}</translation>
    </message>
    <message>
        <source>Back to stage {n}</source>
        <translation>Volver a la etapa {n}</translation>
    </message>
</context>
<context>
    <name>EndPlacementDialog</name>
    <message>
        <source>Placement ended</source>
        <translation>Terminó la colocación</translation>
    </message>
    <message>
        <source>How did {name}&apos;s placement end?</source>
        <translation>¿Cómo terminó la colocación de {name}?</translation>
    </message>
    <message>
        <source>Whatever the ending, everything you wrote is kept. If {name} went home, they stay in your list under “After going home”, and the guide keeps a few gentle ideas for staying in touch. Otherwise the record is kept aside, out of the daily list.</source>
        <translation>Termine como termine, todo lo que escribió se guarda. Si {name} volvió a casa, sigue en su lista en «Después de volver a casa», y la guía guarda algunas ideas amables para seguir en contacto. Si no, el registro se guarda aparte, fuera de la lista diaria.</translation>
    </message>
    <message>
        <source>On which day?</source>
        <translation>¿Qué día?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>EntryDetail</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Cancelled or moved by</source>
        <translation>Cancelado o cambiado por</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation>Supervisado</translation>
    </message>
    <message>
        <source>Not supervised</source>
        <translation>Sin supervisión</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>Dónde pasó</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Lesiones</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>A quién se le avisó</translation>
    </message>
    <message>
        <source>When they were told</source>
        <translation>Cuándo se le avisó</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Quién participó</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Lo que salió bien</translation>
    </message>
    <message>
        <source>To follow up</source>
        <translation>Para dar seguimiento</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>To share with the birth parent</source>
        <translation>Para compartir con la madre o el padre</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(sin notas)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>(a photo that cannot be shown) </source>
        <translation>(una foto que no se puede mostrar) </translation>
    </message>
    <message>
        <source>may be shared</source>
        <translation>se puede compartir</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Journal entry for {name}</source>
        <translation>Anotación del diario de {name}</translation>
    </message>
    <message>
        <source>Edit journal entry</source>
        <translation>Editar la anotación</translation>
    </message>
    <message>
        <source>We kept what you were writing last time.</source>
        <translation>Guardamos lo que estaba escribiendo la última vez.</translation>
    </message>
    <message>
        <source>Start fresh</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>e.g. 14:30</source>
        <translation>p. ej. 14:30</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>A few words, e.g. “First day at the new school”</source>
        <translation>Unas palabras, p. ej. «Primer día en la escuela nueva»</translation>
    </message>
    <message>
        <source>What happened, in your own words. Private.</source>
        <translation>Lo que pasó, con sus propias palabras. Privado.</translation>
    </message>
    <message>
        <source>Optional: a few kind lines written for the birth parent.</source>
        <translation>Opcional: unas líneas amables escritas para la madre o el padre.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>To share</source>
        <translation>Para compartir</translation>
    </message>
    <message>
        <source>More details (who, mood, follow-up, tags, photos)</source>
        <translation>Más detalles (quién, ánimo, seguimiento, etiquetas, fotos)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes the window; what you typed is kept as a draft.</source>
        <translation>Cierra la ventana; lo que escribió se guarda como borrador.</translation>
    </message>
    <message>
        <source>Family time</source>
        <translation>Tiempo en familia</translation>
    </message>
    <message>
        <source>Who cancelled or moved it (optional)</source>
        <translation>Quién lo canceló o cambió (opcional)</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Sin anotar</translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation>Supervisado</translation>
    </message>
    <message>
        <source>Not supervised</source>
        <translation>Sin supervisión</translation>
    </message>
    <message>
        <source>e.g. I drove; the agency&apos;s driver</source>
        <translation>p. ej. yo manejé; el chofer de la agencia</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Anyone else: names, separated by commas</source>
        <translation>Otras personas: nombres separados por comas</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Nombres separados por comas</translation>
    </message>
    <message>
        <source>In a few words</source>
        <translation>En pocas palabras</translation>
    </message>
    <message>
        <source>Something to do or ask next time</source>
        <translation>Algo que hacer o preguntar la próxima vez</translation>
    </message>
    <message>
        <source>e.g. school, sleep, mom</source>
        <translation>p. ej. escuela, sueño, mamá</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Añadir fotos…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Quitar la foto</translation>
    </message>
    <message>
        <source>Stop adding</source>
        <translation>Dejar de añadir</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Quién participó</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Lo que salió bien</translation>
    </message>
    <message>
        <source>To follow up</source>
        <translation>Para dar seguimiento</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Dar seguimiento antes del</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Photos are private too. Double-click one to caption it; tick it to allow sharing it with the birth parent.</source>
        <translation>Las fotos también son privadas. Haga doble clic en una para ponerle un pie de foto; márquela para permitir compartirla con la madre o el padre.</translation>
    </message>
    <message>
        <source>Please enter the date.</source>
        <translation>Por favor, escriba la fecha.</translation>
    </message>
    <message>
        <source>Incident reports stay between you and the agency.</source>
        <translation>Los informes de incidentes quedan entre usted y la agencia.</translation>
    </message>
    <message>
        <source>That paste is too long for one entry ({n:,} characters). Nothing was pasted; please paste a shorter part.</source>
        <translation>Lo que quiere pegar es demasiado largo para una anotación ({n:,} caracteres). No se pegó nada; por favor, pegue una parte más corta.</translation>
    </message>
    <message>
        <source>Double-click to write a caption. Tick to allow sharing this photo with the birth parent.</source>
        <translation>Haga doble clic para escribir un pie de foto. Márquela para permitir compartir esta foto con la madre o el padre.</translation>
    </message>
    <message>
        <source>This photo cannot be shown; the file may be damaged.</source>
        <translation>Esta foto no se puede mostrar; puede que el archivo esté dañado.</translation>
    </message>
    <message>
        <source>Adding photos… {done} of {total}</source>
        <translation>Añadiendo fotos… {done} de {total}</translation>
    </message>
    <message>
        <source>{name} looks like a photo but cannot be opened; it may be damaged.</source>
        <translation>{name} parece una foto pero no se puede abrir; puede estar dañada.</translation>
    </message>
    <message>
        <source>Stopping after this photo…</source>
        <translation>Parando después de esta foto…</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Añadir fotos</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Fotos (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Sorry, something went wrong</source>
        <translation>Lo sentimos, algo salió mal</translation>
    </message>
    <message>
        <source>Sorry, the app ran into a problem it did not expect. What you saved before is safe.</source>
        <translation>Lo sentimos, la aplicación tuvo un problema inesperado. Lo que guardó antes está a salvo.</translation>
    </message>
    <message>
        <source>Details were written to {path}. If it happens again, please send that file to whoever helps you with the app.</source>
        <translation>Los detalles se escribieron en {path}. Si vuelve a pasar, envíe ese archivo a quien le ayuda con la aplicación.</translation>
    </message>
    <message>
        <source>The data file cannot be read</source>
        <translation>No se puede leer el archivo de datos</translation>
    </message>
    <message>
        <source>The file {path} is not a database this app can read. It may be damaged, or it may be a different kind of file.</source>
        <translation>El archivo {path} no es una base de datos que esta aplicación pueda leer. Puede estar dañado o ser otro tipo de archivo.</translation>
    </message>
    <message>
        <source>The file has not been changed. If you have a backup, you can put it in its place; or start the app with another data folder.</source>
        <translation>El archivo no se ha cambiado. Si tiene una copia de seguridad, puede ponerla en su lugar; o abra la aplicación con otra carpeta de datos.</translation>
    </message>
    <message>
        <source>The data file is empty</source>
        <translation>El archivo de datos está vacío</translation>
    </message>
    <message>
        <source>The file {path} is empty (0 bytes). This can happen when a computer stops while saving or the disk is full.</source>
        <translation>El archivo {path} está vacío (0 bytes). Puede pasar cuando la computadora se apaga mientras guarda o el disco está lleno.</translation>
    </message>
    <message>
        <source>The file has not been changed. If you have a backup, put it in its place. To start afresh, move the empty file somewhere else.</source>
        <translation>El archivo no se ha cambiado. Si tiene una copia de seguridad, póngala en su lugar. Para empezar de cero, mueva el archivo vacío a otro sitio.</translation>
    </message>
    <message>
        <source>The data file is damaged</source>
        <translation>El archivo de datos está dañado</translation>
    </message>
    <message>
        <source>The file {path} is damaged: some of what it holds can no longer be read. This can happen after a power cut or a failing disk.</source>
        <translation>El archivo {path} está dañado: parte de lo que contiene ya no se puede leer. Puede pasar después de un corte de luz o si un disco falla.</translation>
    </message>
    <message>
        <source>The file has not been changed. If you have a backup, put it in its place; keep the damaged file in case it is needed later.</source>
        <translation>El archivo no se ha cambiado. Si tiene una copia de seguridad, póngala en su lugar; guarde el archivo dañado por si hace falta más adelante.</translation>
    </message>
    <message>
        <source>This file belongs to another program</source>
        <translation>Este archivo es de otro programa</translation>
    </message>
    <message>
        <source>The file {path} holds another program&apos;s information, not this app&apos;s notes.</source>
        <translation>El archivo {path} contiene información de otro programa, no las notas de esta aplicación.</translation>
    </message>
    <message>
        <source>The file has not been changed. Start the app with another data folder, or move that file somewhere else.</source>
        <translation>El archivo no se ha cambiado. Abra la aplicación con otra carpeta de datos, o mueva ese archivo a otro lugar.</translation>
    </message>
    <message>
        <source>The data folder is a file</source>
        <translation>La carpeta de datos es un archivo</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder, so the app cannot keep its notes there.</source>
        <translation>{path} es un archivo, no una carpeta, así que la aplicación no puede guardar allí sus notas.</translation>
    </message>
    <message>
        <source>The file has not been changed. Choose another data folder, or move that file somewhere else.</source>
        <translation>El archivo no se ha cambiado. Elija otra carpeta de datos, o mueva ese archivo a otro lugar.</translation>
    </message>
    <message>
        <source>The data file is from a newer version</source>
        <translation>El archivo de datos es de una versión más nueva</translation>
    </message>
    <message>
        <source>The file {path} was saved by a newer version of this app, which knows things this version does not.</source>
        <translation>El archivo {path} lo guardó una versión más nueva de esta aplicación, que sabe cosas que esta versión no sabe.</translation>
    </message>
    <message>
        <source>Please install the newer version to open it. The file has not been changed.</source>
        <translation>Por favor, instale la versión más nueva para abrirlo. El archivo no se ha cambiado.</translation>
    </message>
    <message>
        <source>the data folder</source>
        <translation>la carpeta de datos</translation>
    </message>
    <message>
        <source>The data file is busy</source>
        <translation>El archivo de datos está ocupado</translation>
    </message>
    <message>
        <source>Another program is using the data file right now.</source>
        <translation>Otro programa está usando el archivo de datos en este momento.</translation>
    </message>
    <message>
        <source>Close other copies of the app, wait a moment, and try again.</source>
        <translation>Cierre las otras copias de la aplicación, espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>El disco está lleno</translation>
    </message>
    <message>
        <source>There is no room left on the disk, so the last change could not be saved.</source>
        <translation>No queda espacio en el disco, así que el último cambio no se pudo guardar.</translation>
    </message>
    <message>
        <source>Free some space (empty the trash, move photos or videos elsewhere) and try again. What you typed is still on screen.</source>
        <translation>Libere espacio (vacíe la papelera, mueva fotos o videos a otro lugar) y vuelva a intentarlo. Lo que escribió sigue en la pantalla.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to</source>
        <translation>No se puede escribir en la carpeta de datos</translation>
    </message>
    <message>
        <source>This app is not allowed to save in {path}.</source>
        <translation>Esta aplicación no tiene permiso para guardar en {path}.</translation>
    </message>
    <message>
        <source>Check that the folder is yours and not read-only, or start the app with another data folder.</source>
        <translation>Revise que la carpeta sea suya y no sea de solo lectura, o abra la aplicación con otra carpeta de datos.</translation>
    </message>
    <message>
        <source>The data is locked</source>
        <translation>Los datos están bloqueados</translation>
    </message>
    <message>
        <source>The file {path} is locked with a passphrase.</source>
        <translation>El archivo {path} está bloqueado con una contraseña.</translation>
    </message>
    <message>
        <source>Start the app and type the passphrase, or set BFPP_PASSPHRASE for the command line.</source>
        <translation>Abra la aplicación y escriba la contraseña, o defina BFPP_PASSPHRASE para la línea de comandos.</translation>
    </message>
    <message>
        <source>That passphrase does not open the data</source>
        <translation>Esa contraseña no abre los datos</translation>
    </message>
    <message>
        <source>The passphrase you typed does not open {path}.</source>
        <translation>La contraseña que escribió no abre {path}.</translation>
    </message>
    <message>
        <source>Check the Caps Lock key and try again. Nothing was changed.</source>
        <translation>Revise la tecla de mayúsculas (Bloq Mayús) e inténtelo otra vez. No se cambió nada.</translation>
    </message>
    <message>
        <source>The data file cannot be brought up to date</source>
        <translation>El archivo de datos no se puede actualizar</translation>
    </message>
    <message>
        <source>Some of what is saved in {path} is not one of the choices this version of the app knows, so it was not updated.</source>
        <translation>Parte de lo guardado en {path} no es una de las opciones que conoce esta versión de la aplicación, así que no se actualizó.</translation>
    </message>
    <message>
        <source>Nothing has been changed or lost. Please keep using the version of the app that made the file, and ask for help with the update.</source>
        <translation>No se cambió ni se perdió nada. Siga usando la versión de la aplicación que creó el archivo y pida ayuda con la actualización.</translation>
    </message>
    <message>
        <source>the data file</source>
        <translation>el archivo de datos</translation>
    </message>
    <message>
        <source>This text is too long to save</source>
        <translation>Este texto es demasiado largo para guardarlo</translation>
    </message>
    <message>
        <source>A piece of text holds {n:,} characters; the most that can be saved there is {limit:,}.</source>
        <translation>Un texto tiene {n:,} caracteres; lo máximo que se puede guardar ahí es {limit:,}.</translation>
    </message>
    <message>
        <source>Please shorten it, or split it into several entries. Nothing was saved.</source>
        <translation>Acórtelo, o divídalo en varias anotaciones. No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <source>An expense</source>
        <translation>Un gasto</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Para qué</translation>
    </message>
    <message>
        <source>e.g. school shoes; bus fare to family time</source>
        <translation>p. ej., zapatos para la escuela; el autobús al tiempo en familia</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>e.g. 12.50</source>
        <translation>p. ej., 12.50</translation>
    </message>
    <message>
        <source>Add a photo of the receipt…</source>
        <translation>Añadir una foto del recibo…</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>Sin recibo</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>The receipt&apos;s photo</source>
        <translation>La foto del recibo</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Fotos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Adding the photo…</source>
        <translation>Añadiendo la foto…</translation>
    </message>
    <message>
        <source>Receipt added</source>
        <translation>Recibo añadido</translation>
    </message>
    <message>
        <source>Please say what it was for.</source>
        <translation>Por favor, diga para qué fue.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>New children</source>
        <translation>Niños nuevos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Already here (gets what is new)</source>
        <translation>Ya están aquí (reciben lo nuevo)</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Anotaciones del diario</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Routines, likes, care, health and school</source>
        <translation>Rutinas, gustos, cuidados, salud y escuela</translation>
    </message>
    <message>
        <source>Bridge book pages</source>
        <translation>Páginas del cuaderno puente</translation>
    </message>
    <message>
        <source>Guide steps, plans and reflections</source>
        <translation>Pasos de la guía, planes y reflexiones</translation>
    </message>
    <message>
        <source>Unsaved journal entries</source>
        <translation>Anotaciones sin guardar</translation>
    </message>
    <message>
        <source>Records already here (left out)</source>
        <translation>Registros que ya están aquí (se dejan fuera)</translation>
    </message>
    <message>
        <source>Our details</source>
        <translation>Nuestros datos</translation>
    </message>
    <message>
        <source>taken in (none were saved here)</source>
        <translation>se toman (no había ninguno guardado aquí)</translation>
    </message>
    <message>
        <source>{where}: {what}.</source>
        <translation>{where}: {what}.</translation>
    </message>
    <message>
        <source>should be text</source>
        <translation>debería ser texto</translation>
    </message>
    <message>
        <source>is longer than {n} characters</source>
        <translation>tiene más de {n} caracteres</translation>
    </message>
    <message>
        <source>holds a broken character</source>
        <translation>tiene un carácter dañado</translation>
    </message>
    <message>
        <source>should name a photo</source>
        <translation>debería nombrar una foto</translation>
    </message>
    <message>
        <source>should be a whole number</source>
        <translation>debería ser un número entero</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>es demasiado grande</translation>
    </message>
    <message>
        <source>should be a number from 1 up</source>
        <translation>debería ser un número desde el 1</translation>
    </message>
    <message>
        <source>should be true or false</source>
        <translation>debería ser verdadero o falso</translation>
    </message>
    <message>
        <source>should be a date like 2026-03-01</source>
        <translation>debería ser una fecha como 2026-03-01</translation>
    </message>
    <message>
        <source>is not a real date</source>
        <translation>no es una fecha real</translation>
    </message>
    <message>
        <source>should be a date and time</source>
        <translation>debería ser una fecha y hora</translation>
    </message>
    <message>
        <source>should be a distance</source>
        <translation>debe ser una distancia</translation>
    </message>
    <message>
        <source>should be one of {values}</source>
        <translation>debería ser uno de {values}</translation>
    </message>
    <message>
        <source>should be a list</source>
        <translation>debería ser una lista</translation>
    </message>
    <message>
        <source>has more than {n} items</source>
        <translation>tiene más de {n} elementos</translation>
    </message>
    <message>
        <source>should be an object</source>
        <translation>debería ser un objeto</translation>
    </message>
    <message>
        <source>has a field this version does not know: “{name}”</source>
        <translation>tiene un campo que esta versión no conoce: «{name}»</translation>
    </message>
    <message>
        <source>“{name}” is missing</source>
        <translation>falta «{name}»</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>es demasiado largo</translation>
    </message>
    <message>
        <source>child</source>
        <translation>niño</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>link between a child and a person</source>
        <translation>vínculo entre un niño y una persona</translation>
    </message>
    <message>
        <source>note about routines, likes, care, health or school</source>
        <translation>nota sobre rutinas, gustos, cuidados, salud o escuela</translation>
    </message>
    <message>
        <source>guide step</source>
        <translation>paso de la guía</translation>
    </message>
    <message>
        <source>reflection</source>
        <translation>reflexión</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>journal entry</source>
        <translation>anotación del diario</translation>
    </message>
    <message>
        <source>person at a journal entry</source>
        <translation>persona en una anotación del diario</translation>
    </message>
    <message>
        <source>journal tag</source>
        <translation>etiqueta del diario</translation>
    </message>
    <message>
        <source>journal photo</source>
        <translation>foto del diario</translation>
    </message>
    <message>
        <source>unsaved journal entry</source>
        <translation>anotación sin guardar</translation>
    </message>
    <message>
        <source>bridge book page</source>
        <translation>página del cuaderno puente</translation>
    </message>
    <message>
        <source>icebreaker preparation</source>
        <translation>preparación para romper el hielo</translation>
    </message>
    <message>
        <source>medicine dose</source>
        <translation>dosis de medicina</translation>
    </message>
    <message>
        <source>trip</source>
        <translation>viaje</translation>
    </message>
    <message>
        <source>expense</source>
        <translation>gasto</translation>
    </message>
    <message>
        <source>lifebook page</source>
        <translation>página del libro de vida</translation>
    </message>
    <message>
        <source>monthly report&apos;s own words</source>
        <translation>palabras propias del informe mensual</translation>
    </message>
    <message>
        <source>It is not an export made by this app.</source>
        <translation>No es una exportación hecha por esta aplicación.</translation>
    </message>
    <message>
        <source>The file&apos;s version</source>
        <translation>La versión del archivo</translation>
    </message>
    <message>
        <source>should be a whole number from 1 up</source>
        <translation>debería ser un número entero desde el 1</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>has too many records</source>
        <translation>tiene demasiados registros</translation>
    </message>
    <message>
        <source>holds records this version does not know: “{name}”</source>
        <translation>contiene registros que esta versión no conoce: «{name}»</translation>
    </message>
    <message>
        <source>The {record} with id {id}</source>
        <translation>El registro ({record}) con id {id}</translation>
    </message>
    <message>
        <source>The {record} number {n} in the file</source>
        <translation>El registro ({record}) número {n} del archivo</translation>
    </message>
    <message>
        <source>It was made by a newer version of the app (export format {version}).</source>
        <translation>Lo hizo una versión más nueva de la aplicación (formato de exportación {version}).</translation>
    </message>
    <message>
        <source>appears twice in the file</source>
        <translation>aparece dos veces en el archivo</translation>
    </message>
    <message>
        <source>The photo number {n} in the file</source>
        <translation>La foto número {n} del archivo</translation>
    </message>
    <message>
        <source>belongs to a child the file does not hold</source>
        <translation>pertenece a un niño que no está en el archivo</translation>
    </message>
    <message>
        <source>is not where the file should hold it</source>
        <translation>no está donde el archivo debería tenerlo</translation>
    </message>
    <message>
        <source>has no valid check sum</source>
        <translation>no tiene una suma de verificación válida</translation>
    </message>
    <message>
        <source>A photo is listed twice in the file.</source>
        <translation>Una foto aparece dos veces en el archivo.</translation>
    </message>
    <message>
        <source>refers to a {record} the file does not hold</source>
        <translation>se refiere a un registro ({record}) que no está en el archivo</translation>
    </message>
    <message>
        <source>The export could not be saved</source>
        <translation>No se pudo guardar la exportación</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>Please choose another folder.</source>
        <translation>Por favor, elija otra carpeta.</translation>
    </message>
    <message>
        <source>Nothing was imported; your records are as they were.</source>
        <translation>No se importó nada; sus registros están como estaban.</translation>
    </message>
    <message>
        <source>This is not an export file</source>
        <translation>Este no es un archivo exportado</translation>
    </message>
    <message>
        <source>“{name}” is not a file this app exported. An export is a .zip file made with File &gt; Export…</source>
        <translation>«{name}» no es un archivo exportado por esta aplicación. Una exportación es un archivo .zip hecho con Archivo &gt; Exportar…</translation>
    </message>
    <message>
        <source>The export file is incomplete</source>
        <translation>El archivo exportado está incompleto</translation>
    </message>
    <message>
        <source>“{name}” seems damaged or only partly copied. Copy it again from where it was made, or export again.</source>
        <translation>«{name}» parece dañado o copiado solo en parte. Cópielo otra vez desde donde se creó, o vuelva a exportarlo.</translation>
    </message>
    <message>
        <source>The export file is too large</source>
        <translation>El archivo exportado es demasiado grande</translation>
    </message>
    <message>
        <source>“{name}” holds more, or larger, files than an export made by this app would. It may not be an export, or it may have been changed.</source>
        <translation>«{name}» tiene más archivos, o más grandes, de los que tendría una exportación de esta aplicación. Puede que no sea una exportación, o que se haya cambiado.</translation>
    </message>
    <message>
        <source>The export file has been changed</source>
        <translation>El archivo exportado ha sido cambiado</translation>
    </message>
    <message>
        <source>“{name}” is not the way this app wrote it, so it cannot be imported safely. {detail}</source>
        <translation>«{name}» no está como lo escribió esta aplicación, así que no se puede importar con seguridad. {detail}</translation>
    </message>
    <message>
        <source>The export file is from a newer version</source>
        <translation>El archivo exportado es de una versión más nueva</translation>
    </message>
    <message>
        <source>“{name}” was made by a newer version of this app (export format {version}; this version reads format {ours}).</source>
        <translation>«{name}» lo hizo una versión más nueva de esta aplicación (formato de exportación {version}; esta versión lee el formato {ours}).</translation>
    </message>
    <message>
        <source>Please install the newer version to import it. Nothing was imported; your records are as they were.</source>
        <translation>Por favor, instale la versión más nueva para importarlo. No se importó nada; sus registros están como estaban.</translation>
    </message>
    <message>
        <source>A photo in the export file cannot be used</source>
        <translation>No se puede usar una foto del archivo exportado</translation>
    </message>
    <message>
        <source>“{member}” in “{name}” is not a JPEG or PNG picture, or it is not the photo that was exported.</source>
        <translation>«{member}» en «{name}» no es una imagen JPEG o PNG, o no es la foto que se exportó.</translation>
    </message>
    <message>
        <source>This export file is protected by a passphrase</source>
        <translation>Este archivo exportado está protegido con una contraseña</translation>
    </message>
    <message>
        <source>“{name}” can only be read with the passphrase it was saved with.</source>
        <translation>«{name}» solo se puede leer con la contraseña con la que se guardó.</translation>
    </message>
    <message>
        <source>Type the passphrase to import it.</source>
        <translation>Escriba la contraseña para importarlo.</translation>
    </message>
    <message>
        <source>That passphrase does not open the export file</source>
        <translation>Esa contraseña no abre el archivo exportado</translation>
    </message>
    <message>
        <source>The passphrase does not open “{name}”.</source>
        <translation>La contraseña no abre «{name}».</translation>
    </message>
    <message>
        <source>Check the Caps Lock key and try again. Nothing was imported.</source>
        <translation>Revise la tecla de mayúsculas (Bloq Mayús) e inténtelo otra vez. No se importó nada.</translation>
    </message>
    <message>
        <source>The export file cannot be opened</source>
        <translation>No se puede abrir el archivo exportado</translation>
    </message>
    <message>
        <source>This app is not allowed to read “{name}”.</source>
        <translation>Esta aplicación no tiene permiso para leer «{name}».</translation>
    </message>
    <message>
        <source>Its protection cannot be read.</source>
        <translation>No se puede leer su protección.</translation>
    </message>
    <message>
        <source>It holds a file this app does not put in an export: “{member}”.</source>
        <translation>Contiene un archivo que esta aplicación no pone en una exportación: «{member}».</translation>
    </message>
    <message>
        <source>It holds “{member}” twice.</source>
        <translation>Contiene «{member}» dos veces.</translation>
    </message>
    <message>
        <source>Its records cannot be read from line {line} on.</source>
        <translation>Sus registros no se pueden leer a partir de la línea {line}.</translation>
    </message>
    <message>
        <source>Its records cannot be read.</source>
        <translation>Sus registros no se pueden leer.</translation>
    </message>
    <message>
        <source>The photo “{member}” it lists is not in it.</source>
        <translation>La foto «{member}» que menciona no está dentro.</translation>
    </message>
    <message>
        <source>It holds photos its records do not list.</source>
        <translation>Contiene fotos que sus registros no mencionan.</translation>
    </message>
    <message>
        <source>Children: {children} ({names}); journal entries: {entries}; people: {people}; photos: {photos}.</source>
        <translation>Niños: {children} ({names}); anotaciones del diario: {entries}; personas: {people}; fotos: {photos}.</translation>
    </message>
    <message>
        <source>The records could not be added</source>
        <translation>No se pudieron añadir los registros</translation>
    </message>
    <message>
        <source>Something in the export file does not fit with the records here, so nothing was added.</source>
        <translation>Algo en el archivo exportado no encaja con los registros de aquí, así que no se añadió nada.</translation>
    </message>
    <message>
        <source>Your records are as they were. Please try again; if it happens again, export the file again where it was made.</source>
        <translation>Sus registros están como estaban. Por favor, vuelva a intentarlo; si vuelve a pasar, exporte el archivo otra vez donde se creó.</translation>
    </message>
    <message>
        <source>The records changed meanwhile</source>
        <translation>Los registros cambiaron mientras tanto</translation>
    </message>
    <message>
        <source>The records here changed while the import was being prepared, so nothing was added.</source>
        <translation>Los registros de aquí cambiaron mientras se preparaba la importación, así que no se añadió nada.</translation>
    </message>
    <message>
        <source>Please import the file again.</source>
        <translation>Por favor, vuelva a importar el archivo.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export records</source>
        <translation>Exportar registros</translation>
    </message>
    <message>
        <source>Save the records in one file</source>
        <translation>Guardar los registros en un solo archivo</translation>
    </message>
    <message>
        <source>The file holds the notes, the journal, people, plans, the bridge book and the photos. Use it to move to a new computer, or to give the records to another caregiver who uses this app; they choose File &gt; Import…</source>
        <translation>El archivo contiene las notas, el diario, las personas, los planes, el cuaderno puente y las fotos. Úselo para pasar a otra computadora, o para dar los registros a otra persona cuidadora que use esta aplicación; ella elige Archivo &gt; Importar…</translation>
    </message>
    <message>
        <source>Everything ({names}), with our details for printouts</source>
        <translation>Todo ({names}), con nuestros datos para lo impreso</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Only {name}, and the people linked to {name}</source>
        <translation>Solo {name} y las personas vinculadas a {name}</translation>
    </message>
    <message>
        <source>Only one child (choose the child in the list first)</source>
        <translation>Solo un niño (elija primero el niño en la lista)</translation>
    </message>
    <message>
        <source>Protect the file with a passphrase</source>
        <translation>Proteger el archivo con una contraseña</translation>
    </message>
    <message>
        <source>Passphrase for the file</source>
        <translation>Contraseña del archivo</translation>
    </message>
    <message>
        <source>The file is protected with your lock&apos;s passphrase: it opens only with that passphrase, also on another computer.</source>
        <translation>El archivo queda protegido con la contraseña de su bloqueo: solo se abre con esa contraseña, también en otra computadora.</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone who has the file can read everything in it. Keep it somewhere only you can open, and delete copies you no longer need.</source>
        <translation>Sin contraseña, cualquier persona que tenga el archivo puede leer todo lo que contiene. Guárdelo donde solo usted pueda abrirlo, y borre las copias que ya no necesite.</translation>
    </message>
    <message>
        <source>Please use a passphrase of at least {n} characters.</source>
        <translation>Por favor, use una contraseña de al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>ExportImport</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save everything, or one child, in one file to move to another computer</source>
        <translation>Guardar todo, o un solo niño, en un archivo para pasarlo a otra computadora</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add the records from an exported file</source>
        <translation>Añadir los registros de un archivo exportado</translation>
    </message>
    <message>
        <source>records</source>
        <translation>registros</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Exportar registros</translation>
    </message>
    <message>
        <source>Export files (*.zip)</source>
        <translation>Archivos exportados (*.zip)</translation>
    </message>
    <message>
        <source>Saving the records in “{file}”…</source>
        <translation>Guardando los registros en «{file}»…</translation>
    </message>
    <message>
        <source>Exported to {file}. {what}</source>
        <translation>Exportado a {file}. {what}</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>Importar registros</translation>
    </message>
    <message>
        <source>Export files (*.zip);;All files (*)</source>
        <translation>Archivos exportados (*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking “{file}”…</source>
        <translation>Revisando «{file}»…</translation>
    </message>
    <message>
        <source>Copying the photos in…</source>
        <translation>Copiando las fotos…</translation>
    </message>
    <message>
        <source>Imported from {file}.</source>
        <translation>Importado desde {file}.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
</context>
<context>
    <name>FactorBox</name>
    <message>
        <source>A few words, only if you want to</source>
        <translation>Unas palabras, solo si quiere</translation>
    </message>
    <message>
        <source>Save reflection</source>
        <translation>Guardar la reflexión</translation>
    </message>
    <message>
        <source>What you wrote before</source>
        <translation>Lo que escribió antes</translation>
    </message>
</context>
<context>
    <name>FamilyTimeChart</name>
    <message numerus="yes">
        <source>{month}: %n visits, {hours} hours</source>
        <translation>
            <numerusform>{month}: 1 visita, {hours} horas</numerusform>
            <numerusform>{month}: %n visitas, {hours} horas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileAnswersDialog</name>
    <message>
        <source>File</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>What to file</source>
        <translation>Qué añadir</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>Add what you learned to {name}&apos;s page</source>
        <translation>Añadir lo aprendido a la página de {name}</translation>
    </message>
    <message>
        <source>Tick what should go into {name}&apos;s routines, likes and care. Each item will say it came from {who} ({note}).</source>
        <translation>Marque lo que debe ir a las rutinas, los gustos y los cuidados de {name}. Cada cosa dirá que vino de {who} ({note}).</translation>
    </message>
    <message>
        <source>the birth parent</source>
        <translation>la madre o el padre biológico</translation>
    </message>
    <message>
        <source>None of these answers is for the child&apos;s page. They are kept with your notes.</source>
        <translation>Ninguna de estas respuestas es para la página del niño. Se guardan con sus notas.</translation>
    </message>
    <message>
        <source>Add ticked items</source>
        <translation>Añadir lo marcado</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>under a month old</source>
        <translation>con menos de un mes</translation>
    </message>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>1 año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>1 día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>1 mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>1 año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <source>{years} and {months}</source>
        <translation>{years} y {months}</translation>
    </message>
    <message numerus="yes">
        <source>%n months old</source>
        <translation>
            <numerusform>1 mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace 1 día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>en 1 día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Words you may hear from caseworkers and in court, in plain language.</source>
        <translation>Palabras que puede oír de los trabajadores sociales y en la corte, en lenguaje sencillo.</translation>
    </message>
    <message>
        <source>Find a word</source>
        <translation>Buscar una palabra</translation>
    </message>
    <message>
        <source>Type to find a word</source>
        <translation>Escriba para buscar una palabra</translation>
    </message>
    <message>
        <source>No word matches “{text}”. Try a shorter part of it.</source>
        <translation>Ninguna palabra coincide con «{text}». Pruebe con una parte más corta.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Click an underlined word to see what it means.</source>
        <translation>Haga clic en una palabra subrayada para ver qué significa.</translation>
    </message>
    <message>
        <source>Going home: {name}&apos;s transition plan</source>
        <translation>Volver a casa: el plan de transición de {name}</translation>
    </message>
    <message>
        <source>Staying in touch: {name}&apos;s contact plan</source>
        <translation>Seguir en contacto: el plan de contacto de {name}</translation>
    </message>
    <message>
        <source>Transition plan for going home…</source>
        <translation>Plan de transición para volver a casa…</translation>
    </message>
    <message>
        <source>Contact plan for afterwards…</source>
        <translation>Plan de contacto para después…</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Not for us</source>
        <translation>No es para nosotros</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La fecha no puede ser en el futuro.</translation>
    </message>
    <message>
        <source>A note can be at most {limit} characters; please shorten it.</source>
        <translation>Una nota puede tener como máximo {limit} caracteres; por favor, acórtela.</translation>
    </message>
    <message>
        <source>Please write a few words first.</source>
        <translation>Por favor, escriba primero unas palabras.</translation>
    </message>
    <message>
        <source>A reflection can be at most {limit} characters; please shorten it.</source>
        <translation>Una reflexión puede tener como máximo {limit} caracteres; por favor, acórtela.</translation>
    </message>
    <message>
        <source>This part can be at most {limit} characters; please shorten it.</source>
        <translation>Esta parte puede tener como máximo {limit} caracteres; por favor, acórtela.</translation>
    </message>
    <message>
        <source>From the journal</source>
        <translation>Del diario</translation>
    </message>
    <message>
        <source>From the icebreaker preparation</source>
        <translation>De la preparación de la reunión para romper el hielo</translation>
    </message>
    <message>
        <source>From the About page</source>
        <translation>De la página «Sobre el niño»</translation>
    </message>
    <message>
        <source>From the bridge book</source>
        <translation>Del cuaderno puente</translation>
    </message>
    <message>
        <source>From the plans</source>
        <translation>De los planes</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Parts of the guide</source>
        <translation>Partes de la guía</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>{n}. {name}</source>
        <translation>{n}. {name}</translation>
    </message>
    <message>
        <source>◉ {name} is here</source>
        <translation>◉ {name} está aquí</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Factores de protección</translation>
    </message>
    <message>
        <source>Move to stage {n}?</source>
        <translation>¿Pasar a la etapa {n}?</translation>
    </message>
    <message>
        <source>Move {name} to stage {n}, {title}?</source>
        <translation>¿Pasar a {name} a la etapa {n}, {title}?</translation>
    </message>
    <message>
        <source>Choose this when your family feels ready. Steps you have ticked stay as they are, and Ctrl+Z undoes the move.</source>
        <translation>Elíjalo cuando su familia se sienta lista. Los pasos que marcó se quedan como están, y Ctrl+Z deshace el cambio.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Pasar</translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <source>Phone: {phone}</source>
        <translation>Teléfono: {phone}</translation>
    </message>
</context>
<context>
    <name>HouseholdEditor</name>
    <message>
        <source>Our details</source>
        <translation>Nuestros datos</translation>
    </message>
    <message>
        <source>These can go on sheets you give to the child&apos;s family. With “Leave out our details” ticked, only the first line is printed.</source>
        <translation>Esto puede ir en las hojas que le da a la familia del niño. Si marca «No poner nuestros datos», solo se imprime la primera línea.</translation>
    </message>
    <message>
        <source>for example: Sam and Jo, or Grandma Denise</source>
        <translation>por ejemplo: Sam y Jo, o la abuela Denise</translation>
    </message>
    <message>
        <source>What the family calls us</source>
        <translation>Cómo nos llama la familia</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
</context>
<context>
    <name>IcebreakerHelper</name>
    <message>
        <source>Icebreaker meeting for {name}</source>
        <translation>Reunión para romper el hielo de {name}</translation>
    </message>
    <message>
        <source>Before: prepare</source>
        <translation>Antes: prepararse</translation>
    </message>
    <message>
        <source>After: what you learned</source>
        <translation>Después: lo que aprendió</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Keep the talk about the child</source>
        <translation>Hablen del niño</translation>
    </message>
    <message>
        <source>Keep private for now</source>
        <translation>Mejor no contar por ahora</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas para hacer</translation>
    </message>
    <message>
        <source>Four or five are plenty for a first meeting. Tick the ones that matter most now.</source>
        <translation>Con cuatro o cinco basta para una primera reunión. Marque las que más importan ahora.</translation>
    </message>
    <message>
        <source>What to share about your home</source>
        <translation>Qué contar de su hogar</translation>
    </message>
    <message>
        <source>Only the prompts you write something for go on the printed sheet.</source>
        <translation>En la hoja impresa solo salen los temas en los que usted escriba algo.</translation>
    </message>
    <message>
        <source>A few words</source>
        <translation>Unas palabras</translation>
    </message>
    <message>
        <source>Save preparation</source>
        <translation>Guardar la preparación</translation>
    </message>
    <message>
        <source>Print preparation sheet…</source>
        <translation>Imprimir la hoja de preparación…</translation>
    </message>
    <message>
        <source>Print a sheet for the parent…</source>
        <translation>Imprimir una hoja para la madre o el padre…</translation>
    </message>
    <message>
        <source>What the parent may want to ask you and tell you about {name}, with room to write. The caseworker can give it to them before the meeting.</source>
        <translation>Lo que la madre o el padre quizá quiera preguntarle y contarle sobre {name}, con espacio para escribir. El trabajador social se la puede dar antes de la reunión.</translation>
    </message>
    <message numerus="yes">
        <source>%n questions ticked</source>
        <translation>
            <numerusform>1 pregunta marcada</numerusform>
            <numerusform>%n preguntas marcadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {date}.</source>
        <translation>Guardado el {date}.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Todavía sin guardar.</translation>
    </message>
    <message>
        <source>After the meeting, write down what the parent told you. You will then choose what goes on {name}&apos;s page.</source>
        <translation>Después de la reunión, anote lo que le contó la madre o el padre. Luego elegirá qué va en la página de {name}.</translation>
    </message>
    <message>
        <source>No questions are ticked. Tick some under “Before: prepare”, or write in the box below.</source>
        <translation>No hay preguntas marcadas. Marque algunas en «Antes: prepararse» o escriba en el cuadro de abajo.</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Algo más</translation>
    </message>
    <message>
        <source>Other things you learned or agreed</source>
        <translation>Otras cosas que supo o acordaron</translation>
    </message>
    <message>
        <source>Save the meeting</source>
        <translation>Guardar la reunión</translation>
    </message>
    <message>
        <source>The meeting is saved in {name}&apos;s journal.</source>
        <translation>La reunión está guardada en el diario de {name}.</translation>
    </message>
    <message>
        <source>the icebreaker meeting</source>
        <translation>la reunión para romper el hielo</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import records</source>
        <translation>Importar registros</translation>
    </message>
    <message>
        <source>Everything in this file is already here</source>
        <translation>Todo lo que hay en este archivo ya está aquí</translation>
    </message>
    <message>
        <source>Add these records?</source>
        <translation>¿Añadir estos registros?</translation>
    </message>
    <message>
        <source>Nothing here is changed or replaced: the records come in beside yours. A child or person who is already here (the same name) keeps what you saved, and gets only what is new.</source>
        <translation>Aquí no se cambia ni se reemplaza nada: los registros se añaden junto a los suyos. Un niño o una persona que ya está aquí (con el mismo nombre) conserva lo que usted guardó y recibe solo lo nuevo.</translation>
    </message>
    <message>
        <source>This file has been imported before, or it was made from these records. Nothing would be added.</source>
        <translation>Este archivo ya se importó antes, o se hizo a partir de estos registros. No se añadiría nada.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>From “{file}”.</source>
        <translation>De «{file}».</translation>
    </message>
    <message>
        <source>From “{file}”, exported on {when}.</source>
        <translation>De «{file}», exportado el {when}.</translation>
    </message>
</context>
<context>
    <name>IncidentBox</name>
    <message>
        <source>Incident report (for you and the agency only)</source>
        <translation>Informe de incidente (solo para usted y la agencia)</translation>
    </message>
    <message>
        <source>Write what you saw and heard, in order. What happened goes in the notes, who was present under More details. This report is never put on a sheet for the family.</source>
        <translation>Escriba lo que vio y oyó, en orden. Lo que pasó va en las notas; quién estaba presente, en Más detalles. Este informe nunca se pone en una hoja para la familia.</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>Dónde pasó</translation>
    </message>
    <message>
        <source>e.g. the kitchen; the park</source>
        <translation>p. ej., la cocina; el parque</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Lesiones</translation>
    </message>
    <message>
        <source>What you saw, or “none”</source>
        <translation>Lo que vio, o «ninguna»</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>A quién se le avisó</translation>
    </message>
    <message>
        <source>e.g. the caseworker, the parent, the school</source>
        <translation>p. ej., el trabajador social, la madre o el padre, la escuela</translation>
    </message>
    <message>
        <source>When they were told</source>
        <translation>Cuándo se le avisó</translation>
    </message>
    <message>
        <source>e.g. by phone at 18:10 the same day</source>
        <translation>p. ej., por teléfono a las 18:10 el mismo día</translation>
    </message>
    <message>
        <source>Agencies ask for facts. Words such as {words} may read as an opinion: if one is, you could write “in my opinion” before it.</source>
        <translation>Las agencias piden hechos. Palabras como {words} pueden leerse como una opinión: si lo es, puede escribir «en mi opinión» antes.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Private notes · a “to share” summary can be printed</source>
        <translation>Notas privadas · se puede imprimir un resumen «para compartir»</translation>
    </message>
    <message>
        <source>Private · nothing to share</source>
        <translation>Privado · nada para compartir</translation>
    </message>
    <message>
        <source>Private: an incident report is for you and the agency. It is never put on a sheet for the family.</source>
        <translation>Privado: un informe de incidente es para usted y la agencia. Nunca se pone en una hoja para la familia.</translation>
    </message>
    <message>
        <source>Your notes stay private. Only the “to share” summary can go on a printout for the birth parent.</source>
        <translation>Sus notas son privadas. Solo el resumen «para compartir» puede ir en una hoja impresa para la madre o el padre.</translation>
    </message>
    <message>
        <source>Private: this entry never leaves the app. Write a “to share” summary if you want something from it on a printout for the birth parent.</source>
        <translation>Privado: esta anotación nunca sale de la aplicación. Escriba un resumen «para compartir» si quiere que algo de ella salga en una hoja para la madre o el padre.</translation>
    </message>
    <message>
        <source>Everyday note</source>
        <translation>Nota del día</translation>
    </message>
    <message>
        <source>Family time</source>
        <translation>Tiempo en familia</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>School event</source>
        <translation>Evento escolar</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Meeting with the caseworker or team</source>
        <translation>Reunión con el trabajador social o el equipo</translation>
    </message>
    <message>
        <source>Court or review hearing</source>
        <translation>Audiencia en la corte o de revisión</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>Informe de incidente</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planeado</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>Sucedió</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Moved to another day</source>
        <translation>Cambiado a otro día</translation>
    </message>
    <message>
        <source>Did not happen: the parent did not come</source>
        <translation>No sucedió: la madre o el padre no vino</translation>
    </message>
    <message>
        <source>Very unsettled</source>
        <translation>Muy inquieto</translation>
    </message>
    <message>
        <source>Unsettled</source>
        <translation>Inquieto</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contento</translation>
    </message>
    <message>
        <source>Happy and settled</source>
        <translation>Feliz y tranquilo</translation>
    </message>
    <message>
        <source>Please write the time as hours:minutes, for example 14:30.</source>
        <translation>Por favor, escriba la hora como horas:minutos, por ejemplo 14:30.</translation>
    </message>
    <message>
        <source>Please give the entry a title or a few words.</source>
        <translation>Por favor, ponga un título o unas palabras a la anotación.</translation>
    </message>
    <message>
        <source>Please keep the title under {n} characters.</source>
        <translation>Por favor, que el título tenga menos de {n} caracteres.</translation>
    </message>
    <message>
        <source>These notes are very long ({n:,} characters; the most is {limit:,}). Please split them into several entries.</source>
        <translation>Estas notas son muy largas ({n:,} caracteres; el máximo es {limit:,}). Por favor, repártalas en varias anotaciones.</translation>
    </message>
    <message>
        <source>Please keep this under {n:,} characters.</source>
        <translation>Por favor, que tenga menos de {n:,} caracteres.</translation>
    </message>
    <message>
        <source>Please pick a point on the scale.</source>
        <translation>Por favor, elija un punto de la escala.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>El final es antes del comienzo.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Search notes, titles and summaries…</source>
        <translation>Buscar en notas, títulos y resúmenes…</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>Nueva anotación…</translation>
    </message>
    <message>
        <source>Ctrl+N from anywhere</source>
        <translation>Ctrl+N desde cualquier lugar</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Entries from</source>
        <translation>Anotaciones desde</translation>
    </message>
    <message>
        <source>Entries until</source>
        <translation>Anotaciones hasta</translation>
    </message>
    <message>
        <source>With photos</source>
        <translation>Con fotos</translation>
    </message>
    <message>
        <source>With a “to share” summary</source>
        <translation>Con un resumen «para compartir»</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Ver todo</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Anotaciones del diario</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Things you wanted to follow up. Tick one when it is done.</source>
        <translation>Cosas a las que quería dar seguimiento. Marque una cuando esté hecha.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Anotación</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Family time</source>
        <translation>Tiempo en familia</translation>
    </message>
    <message>
        <source>A few words after family time, a phone call or a good day help you remember and share the small things. Entries are private unless you write a summary to share.</source>
        <translation>Unas palabras después del tiempo en familia, de una llamada o de un buen día le ayudan a recordar y compartir las cosas pequeñas. Las anotaciones son privadas, salvo que escriba un resumen para compartir.</translation>
    </message>
    <message>
        <source>Write the first entry</source>
        <translation>Escribir la primera anotación</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>The “to” date is before the “from” date.</source>
        <translation>La fecha «hasta» es anterior a la fecha «desde».</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>1 anotación</numerusform>
            <numerusform>%n anotaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>1 encontrada</numerusform>
            <numerusform>%n encontradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the newest {n}; add a word to narrow the search.</source>
        <translation>Se muestran las {n} más recientes; añada una palabra para afinar la búsqueda.</translation>
    </message>
    <message>
        <source>Nothing matches “{words}”. Try one shorter word, check the spelling, or press Show all to clear the dates and filters.</source>
        <translation>Nada coincide con «{words}». Pruebe con una sola palabra más corta, revise cómo está escrita, o pulse «Ver todo» para quitar las fechas y los filtros.</translation>
    </message>
    <message>
        <source>No entries match these filters. Try a wider date range, or press Show all.</source>
        <translation>Ninguna anotación coincide con estos filtros. Pruebe con más días entre las fechas, o pulse «Ver todo».</translation>
    </message>
    <message>
        <source>due</source>
        <translation>vencido</translation>
    </message>
    <message numerus="yes">
        <source>Family time that happened in the last 12 months: %n visits, {hours} hours. Cancelled and missed visits are not counted.</source>
        <translation>
            <numerusform>Tiempo en familia que sucedió en los últimos 12 meses: 1 visita, {hours} horas. Las visitas canceladas o perdidas no se cuentan.</numerusform>
            <numerusform>Tiempo en familia que sucedió en los últimos 12 meses: %n visitas, {hours} horas. Las visitas canceladas o perdidas no se cuentan.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can bring it back with Edit &gt; Undo (Ctrl+Z).</source>
        <translation>Puede recuperarlo con Editar &gt; Deshacer (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Journal entry deleted. Ctrl+Z brings it back.</source>
        <translation>Anotación borrada. Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>A date as year-month-day, e.g. 2024-03-15, or pick one from the calendar</source>
        <translation>Una fecha como año-mes-día, p. ej. 2024-03-15, o elíjala en el calendario</translation>
    </message>
    <message>
        <source>{name}&apos;s journal is empty</source>
        <translation>El diario de {name} está vacío</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>antes del {date}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>From “{title}”, {date}</source>
        <translation>De «{title}», {date}</translation>
    </message>
    <message>
        <source>Nothing to follow up right now.</source>
        <translation>Ahora no hay nada pendiente.</translation>
    </message>
    <message>
        <source>Follow-ups ({n})</source>
        <translation>Pendientes ({n})</translation>
    </message>
    <message>
        <source>Journal entry saved.</source>
        <translation>Anotación guardada.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>¿Borrar esta anotación?</translation>
    </message>
    <message>
        <source>Delete this journal entry and its photos?</source>
        <translation>¿Borrar esta anotación del diario y sus fotos?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Mayús</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Arriba</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Abajo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supr</translation>
    </message>
</context>
<context>
    <name>Lifebook</name>
    <message>
        <source>My story</source>
        <translation>Mi historia</translation>
    </message>
    <message>
        <source>Something I learned</source>
        <translation>Algo que aprendí</translation>
    </message>
    <message>
        <source>My favourite things</source>
        <translation>Mis cosas favoritas</translation>
    </message>
    <message>
        <source>People who love me</source>
        <translation>Personas que me quieren</translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation>Con mis propias palabras</translation>
    </message>
    <message>
        <source>Please give the page a title, a few words or a photo.</source>
        <translation>Por favor, ponga a la página un título, unas palabras o una foto.</translation>
    </message>
    <message>
        <source>Please keep the title under {n} characters.</source>
        <translation>Por favor, que el título tenga menos de {n} caracteres.</translation>
    </message>
    <message>
        <source>Please keep this page under {n:,} characters.</source>
        <translation>Por favor, que esta página tenga menos de {n:,} caracteres.</translation>
    </message>
</context>
<context>
    <name>LifebookDialog</name>
    <message>
        <source>A lifebook page</source>
        <translation>Una página del libro de vida</translation>
    </message>
    <message>
        <source>Kind of page</source>
        <translation>Tipo de página</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>e.g. My first day at the new school</source>
        <translation>p. ej., Mi primer día en la escuela nueva</translation>
    </message>
    <message>
        <source>The words</source>
        <translation>Las palabras</translation>
    </message>
    <message>
        <source>Written to the child, in words they will understand when they are older. Their own words too.</source>
        <translation>Escritas para el niño, con palabras que entenderá cuando sea mayor. También sus propias palabras.</translation>
    </message>
    <message>
        <source>Photos and captions</source>
        <translation>Fotos y leyendas</translation>
    </message>
    <message>
        <source>Double-click a photo to write its caption.</source>
        <translation>Haga doble clic en una foto para escribir su leyenda.</translation>
    </message>
    <message>
        <source>Add photos or drawings…</source>
        <translation>Añadir fotos o dibujos…</translation>
    </message>
    <message>
        <source>Wait for the family&apos;s say before printing this page</source>
        <translation>Esperar la opinión de la familia antes de imprimir esta página</translation>
    </message>
    <message>
        <source>Date (optional)</source>
        <translation>Fecha (opcional)</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Photos for the lifebook</source>
        <translation>Fotos para el libro de vida</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Fotos (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>LockGuard</name>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>Turn on the passphrase lock first (File &gt; Passphrase lock…).</source>
        <translation>Primero active el bloqueo con contraseña (Archivo &gt; Bloqueo con contraseña…).</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Your records are hidden while you are away. Type your passphrase to carry on where you were; nothing you were typing is lost.</source>
        <translation>Sus registros están ocultos mientras no está. Escriba su contraseña para seguir donde estaba; no se pierde nada de lo que estaba escribiendo.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Forgot it? Look for your recovery sheet.</source>
        <translation>¿La olvidó? Busque su hoja de recuperación.</translation>
    </message>
    <message>
        <source>That passphrase does not open your records. Check the Caps Lock key and try again.</source>
        <translation>Esa contraseña no abre sus registros. Revise la tecla de mayúsculas (Bloq Mayús) e inténtelo otra vez.</translation>
    </message>
</context>
<context>
    <name>LockSettingsDialog</name>
    <message>
        <source>Passphrase lock</source>
        <translation>Bloqueo con contraseña</translation>
    </message>
    <message>
        <source>Turn on…</source>
        <translation>Activar…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Cambiar la contraseña…</translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation>Desactivar…</translation>
    </message>
    <message>
        <source>Lock the window after</source>
        <translation>Bloquear la ventana después de</translation>
    </message>
    <message>
        <source> minutes without use</source>
        <translation> minutos sin uso</translation>
    </message>
    <message>
        <source>Ctrl+L locks the window at once. The lock keeps your records unreadable to anyone who copies the files, finds a backup or uses this computer without the passphrase. It cannot help while the window is open and unlocked, or against someone who knows the passphrase or has put spying software on the computer.</source>
        <translation>Ctrl+L bloquea la ventana enseguida. El bloqueo impide leer sus registros a quien copie los archivos, encuentre una copia de seguridad o use esta computadora sin la contraseña. No sirve mientras la ventana está abierta y desbloqueada, ni contra alguien que sepa la contraseña o haya puesto programas espía en la computadora.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The lock is on.&lt;/b&gt; Your records, photos, backups and exports are encrypted, and the app asks for the passphrase when it starts.</source>
        <translation>&lt;b&gt;El bloqueo está activado.&lt;/b&gt; Sus registros, fotos, copias de seguridad y exportaciones están cifrados, y la aplicación pide la contraseña al abrirse.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The lock is off.&lt;/b&gt; Anyone who uses this computer with your account can open your records. With a passphrase they are encrypted on the disk, and the app asks for it when it starts.</source>
        <translation>&lt;b&gt;El bloqueo está desactivado.&lt;/b&gt; Cualquier persona que use esta computadora con su cuenta puede abrir sus registros. Con una contraseña quedan cifrados en el disco, y la aplicación la pide al abrirse.</translation>
    </message>
    <message>
        <source>Turn on the passphrase lock</source>
        <translation>Activar el bloqueo con contraseña</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>Turn off the lock</source>
        <translation>Desactivar el bloqueo</translation>
    </message>
    <message>
        <source>Turn off the lock?</source>
        <translation>¿Desactivar el bloqueo?</translation>
    </message>
    <message>
        <source>Your records, photos and backups will be saved without encryption, and the app will no longer ask for the passphrase.</source>
        <translation>Sus registros, fotos y copias de seguridad se guardarán sin cifrar, y la aplicación ya no pedirá la contraseña.</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Guardar la hoja de recuperación</translation>
    </message>
    <message>
        <source>passphrase-recovery-sheet.pdf</source>
        <translation>hoja-de-recuperacion-contrasena.pdf</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Birth &amp; Foster Parent Partnership</source>
        <translation>Colaboración entre familias biológicas y de crianza</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Glossary…</source>
        <translation>&amp;Glosario…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print a sheet about this child, or save it as a PDF</source>
        <translation>Imprimir una hoja sobre este niño, o guardarla como PDF</translation>
    </message>
    <message>
        <source>Write a journal entry for the selected child</source>
        <translation>Escribir una anotación del diario para el niño elegido</translation>
    </message>
    <message>
        <source>Passphrase &amp;lock…</source>
        <translation>&amp;Bloqueo con contraseña…</translation>
    </message>
    <message>
        <source>Sharing this computer? Lock your records with a passphrase…</source>
        <translation>¿Comparte esta computadora? Proteja sus registros con una contraseña…</translation>
    </message>
    <message>
        <source>Close the sample family and go back to your own records</source>
        <translation>Cerrar la familia de ejemplo y volver a sus propios registros</translation>
    </message>
    <message>
        <source>This is a made-up sample family. What you change here is not kept.</source>
        <translation>Esta es una familia de ejemplo inventada. Lo que cambie aquí no se guarda.</translation>
    </message>
    <message>
        <source>Please wait until the export or import is done, or choose Stop.</source>
        <translation>Por favor, espere a que termine la exportación o la importación, o elija Detener.</translation>
    </message>
    <message>
        <source>&amp;Back in my care</source>
        <translation>&amp;De nuevo a mi cuidado</translation>
    </message>
    <message>
        <source>&amp;Placement ended…</source>
        <translation>&amp;Terminó la colocación…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <source>See the backups, make one now, or restore one</source>
        <translation>Ver las copias de seguridad, hacer una ahora o restaurar una</translation>
    </message>
    <message>
        <source>The backup could not be made</source>
        <translation>No se pudo hacer la copia de seguridad</translation>
    </message>
    <message>
        <source>More in File &gt; Backups…</source>
        <translation>Más en Archivo &gt; Copias de seguridad…</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>Se añadió a {name}.</translation>
    </message>
    <message>
        <source>{name} is listed under “After going home”. Ctrl+Z takes it back.</source>
        <translation>{name} aparece ahora en «Después de volver a casa». Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>{name}&apos;s record is kept under “children whose placement ended”. Ctrl+Z brings it back.</source>
        <translation>El registro de {name} se guarda en «niños cuya colocación terminó». Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>¿Borrar a {name}?</translation>
    </message>
    <message>
        <source>Delete everything about {name} from this computer?</source>
        <translation>¿Borrar todo lo de {name} de esta computadora?</translation>
    </message>
    <message>
        <source>Backups made before now still hold {name}&apos;s notes until newer backups replace them; the oldest are kept for about a year.</source>
        <translation>Las copias de seguridad hechas antes aún tienen las notas de {name} hasta que otras más nuevas las reemplacen; las más antiguas se guardan cerca de un año.</translation>
    </message>
    <message numerus="yes">
        <source>%n notes about routines, likes, care, health and school</source>
        <translation>
            <numerusform>1 nota sobre rutinas, gustos, cuidados, salud y escuela</numerusform>
            <numerusform>%n notas sobre rutinas, gustos, cuidados, salud y escuela</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries (with their photos)</source>
        <translation>
            <numerusform>1 anotación del diario (con sus fotos)</numerusform>
            <numerusform>%n anotaciones del diario (con sus fotos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links to people (the people themselves are kept)</source>
        <translation>
            <numerusform>1 vínculo con una persona (la persona se conserva)</numerusform>
            <numerusform>%n vínculos con personas (las personas se conservan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guide steps ticked</source>
        <translation>
            <numerusform>1 paso de la guía marcado</numerusform>
            <numerusform>%n pasos de la guía marcados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflections</source>
        <translation>
            <numerusform>1 reflexión</numerusform>
            <numerusform>%n reflexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plans</source>
        <translation>
            <numerusform>1 plan</numerusform>
            <numerusform>%n planes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bridge book pages</source>
        <translation>
            <numerusform>1 página del cuaderno puente</numerusform>
            <numerusform>%n páginas del cuaderno puente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other records ({table})</source>
        <translation>
            <numerusform>1 registro más ({table})</numerusform>
            <numerusform>%n registros más ({table})</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}&apos;s details</source>
        <translation>los datos de {name}</translation>
    </message>
    <message>
        <source>Sample family — Birth &amp; Foster Parent Partnership</source>
        <translation>Familia de ejemplo — Colaboración entre familias biológicas y de crianza</translation>
    </message>
    <message>
        <source>Add a child…: their name, birthday and placement ({keys})</source>
        <translation>Añadir un niño…: su nombre, cumpleaños y colocación ({keys})</translation>
    </message>
    <message>
        <source>New &amp;journal entry…</source>
        <translation>Nueva anotación del &amp;diario…</translation>
    </message>
    <message>
        <source>Comfort call &amp;helper…</source>
        <translation>Ayuda para la &amp;llamada de tranquilidad…</translation>
    </message>
    <message>
        <source>&amp;Icebreaker meeting…</source>
        <translation>&amp;Reunión para romper el hielo…</translation>
    </message>
    <message>
        <source>&amp;Back to my records</source>
        <translation>&amp;Volver a mis registros</translation>
    </message>
    <message>
        <source>This removes: {what}.</source>
        <translation>Esto quita: {what}.</translation>
    </message>
    <message>
        <source>This cannot be undone. If the placement has ended and you may want these notes later, choose “Placement ended” instead.</source>
        <translation>Esto no se puede deshacer. Si la colocación terminó y quizá quiera estas notas más adelante, elija «Terminó la colocación».</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Borrar para siempre</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>Se borró a {name}.</translation>
    </message>
    <message>
        <source>Children in my care</source>
        <translation>Niños a mi cuidado</translation>
    </message>
    <message>
        <source>Show ended placements</source>
        <translation>Ver colocaciones terminadas</translation>
    </message>
    <message>
        <source>Add a child…</source>
        <translation>Añadir un niño…</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenido</translation>
    </message>
    <message>
        <source>This is a quiet place to keep what you learn about the children in your care: their routines, the people who love them, and how family time goes. It helps you and the birth family work as one team, and prints sheets you can hand over. Everything stays on this computer.</source>
        <translation>Este es un lugar tranquilo para guardar lo que va aprendiendo sobre los niños que cuida: sus rutinas, las personas que los quieren y cómo va el tiempo en familia. Le ayuda a usted y a la familia biológica a trabajar como un solo equipo, e imprime hojas que puede entregar. Todo se queda en esta computadora.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <source>&amp;Edit child details…</source>
        <translation>&amp;Editar los datos del niño…</translation>
    </message>
    <message>
        <source>&amp;Placement ended (archive)</source>
        <translation>&amp;Terminó la colocación (archivar)</translation>
    </message>
    <message>
        <source>&amp;Delete child…</source>
        <translation>&amp;Borrar al niño…</translation>
    </message>
    <message>
        <source>&amp;Find on this page</source>
        <translation>&amp;Buscar en esta página</translation>
    </message>
    <message>
        <source>Show children whose placement &amp;ended</source>
        <translation>Ver los niños cuya colocación &amp;terminó</translation>
    </message>
    <message>
        <source>Try it with a sample family</source>
        <translation>Probar con una familia de ejemplo</translation>
    </message>
    <message>
        <source>Opens a made-up family in a separate window, so you can look around. Your own records are not touched.</source>
        <translation>Abre una familia inventada en otra ventana, para que pueda mirar. Sus propios registros no se tocan.</translation>
    </message>
    <message>
        <source>&amp;Add a child…</source>
        <translation>&amp;Añadir un niño…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
</context>
<context>
    <name>MonthBox</name>
    <message>
        <source>Earlier month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Later month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>The month&apos;s trips and expenses</source>
        <translation>Los viajes y gastos del mes</translation>
    </message>
    <message>
        <source>Enter or double-click opens a trip or expense to change it; Delete removes it.</source>
        <translation>Con Intro o un doble clic abre un viaje o un gasto para cambiarlo; con Supr lo borra.</translation>
    </message>
    <message>
        <source>Add a trip…</source>
        <translation>Añadir un viaje…</translation>
    </message>
    <message>
        <source>Add an expense…</source>
        <translation>Añadir un gasto…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the trip or expense</source>
        <translation>Editar el viaje o el gasto</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Delete the trip or expense</source>
        <translation>Borrar el viaje o el gasto</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>Lo que va del mes</translation>
    </message>
    <message numerus="yes">
        <source>Incident reports: %n</source>
        <translation>
            <numerusform>Informes de incidentes: 1</numerusform>
            <numerusform>Informes de incidentes: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trips: %n</source>
        <translation>
            <numerusform>Viajes: 1</numerusform>
            <numerusform>Viajes: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Expenses: {total}</source>
        <translation>Gastos: {total}</translation>
    </message>
    <message numerus="yes">
        <source>Lifebook pages: %n</source>
        <translation>
            <numerusform>Páginas del libro de vida: 1</numerusform>
            <numerusform>Páginas del libro de vida: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} · Trip: {route} · {distance} {unit} · {purpose}</source>
        <translation>{date} · Viaje: {route} · {distance} {unit} · {purpose}</translation>
    </message>
    <message>
        <source>{date} · Expense: {what} · {amount}</source>
        <translation>{date} · Gasto: {what} · {amount}</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>con recibo</translation>
    </message>
    <message>
        <source>Delete this trip?</source>
        <translation>¿Borrar este viaje?</translation>
    </message>
    <message>
        <source>Delete the trip “{route}” on {date}?</source>
        <translation>¿Borrar el viaje «{route}» del {date}?</translation>
    </message>
    <message>
        <source>Delete this expense?</source>
        <translation>¿Borrar este gasto?</translation>
    </message>
    <message>
        <source>Delete the expense “{what}” ({amount}) on {date}?</source>
        <translation>¿Borrar el gasto «{what}» ({amount}) del {date}?</translation>
    </message>
    <message>
        <source>You can bring it back with Edit &gt; Undo (Ctrl+Z).</source>
        <translation>Puede recuperarlo con Editar &gt; Deshacer (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>MonthNoteBox</name>
    <message>
        <source>In your own words</source>
        <translation>Con sus propias palabras</translation>
    </message>
    <message>
        <source>Choose the dates first.</source>
        <translation>Elija primero las fechas.</translation>
    </message>
    <message>
        <source>Write your words…</source>
        <translation>Escribir sus palabras…</translation>
    </message>
    <message>
        <source>For {month}: “{words}”</source>
        <translation>Para {month}: «{words}»</translation>
    </message>
    <message>
        <source>Change your words for {month}…</source>
        <translation>Cambiar sus palabras para {month}…</translation>
    </message>
    <message>
        <source>Nothing written for {month} yet: the report leaves lines to write on by hand.</source>
        <translation>Todavía no ha escrito nada para {month}: el informe deja líneas para escribir a mano.</translation>
    </message>
    <message>
        <source>Write your words for {month}…</source>
        <translation>Escribir sus palabras para {month}…</translation>
    </message>
</context>
<context>
    <name>MonthNoteDialog</name>
    <message>
        <source>Your words for {month}</source>
        <translation>Sus palabras para {month}</translation>
    </message>
    <message>
        <source>How the month went for {name}, what has changed, and what you need from the agency. These words go on the monthly report for the caseworker, never on anything for the family.</source>
        <translation>Cómo le fue el mes a {name}, qué ha cambiado y qué necesita usted de la agencia. Estas palabras van en el informe mensual para el trabajador social, nunca en nada para la familia.</translation>
    </message>
    <message>
        <source>Your words for the caseworker</source>
        <translation>Sus palabras para el trabajador social</translation>
    </message>
    <message>
        <source>Please keep this under {n:,} characters.</source>
        <translation>Por favor, que tenga menos de {n:,} caracteres.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>&lt;b&gt;If you forget this passphrase, your records cannot be opened again.&lt;/b&gt; Nobody can recover it or reset it: not you, not your agency, not the people who made this app. Print the recovery sheet, write the passphrase on it by hand, and keep it somewhere safe away from the computer.</source>
        <translation>&lt;b&gt;Si olvida esta contraseña, sus registros no se podrán volver a abrir.&lt;/b&gt; Nadie puede recuperarla ni restablecerla: ni usted, ni su agencia, ni quienes hicieron esta aplicación. Imprima la hoja de recuperación, escriba en ella la contraseña a mano y guárdela en un lugar seguro, lejos de la computadora.</translation>
    </message>
    <message>
        <source>Print a recovery sheet…</source>
        <translation>Imprimir una hoja de recuperación…</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Contraseña nueva:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Escríbala otra vez:</translation>
    </message>
    <message>
        <source>At least {n} characters. A few words you will remember, such as a line of a song, work well.</source>
        <translation>Al menos {n} caracteres. Unas palabras que vaya a recordar, como una línea de una canción, funcionan bien.</translation>
    </message>
    <message>
        <source>Lock with this passphrase</source>
        <translation>Bloquear con esta contraseña</translation>
    </message>
    <message>
        <source>Please use at least {n} characters.</source>
        <translation>Por favor, use al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Las dos contraseñas no son iguales. Por favor, escríbalas otra vez.</translation>
    </message>
</context>
<context>
    <name>NotGivenDialog</name>
    <message>
        <source>{medicine} not given</source>
        <translation>{medicine}: no se dio</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>e.g. spat it out; we were away from home</source>
        <translation>p. ej., la escupió; estábamos fuera de casa</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nació</translation>
    </message>
    <message>
        <source>With us since</source>
        <translation>Con nosotros desde</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Colocación</translation>
    </message>
    <message>
        <source>Permanency goal</source>
        <translation>Meta de permanencia</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Editar datos…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>{start} – {end} ({span})</source>
        <translation>{start} – {end} ({span})</translation>
    </message>
    <message>
        <source>{name} went home on {date}. They stay in your list under “After going home”, with a few gentle ideas for staying in touch.</source>
        <translation>{name} volvió a casa el {date}. Sigue en su lista en «Después de volver a casa», con algunas ideas amables para seguir en contacto.</translation>
    </message>
    <message>
        <source>Placement ended on {date} · {how}. This record is kept for you and hidden from the daily list.</source>
        <translation>La colocación terminó el {date} · {how}. Este registro se guarda para usted y no aparece en la lista diaria.</translation>
    </message>
    <message>
        <source>Placement ended. This record is kept for you and hidden from the daily list.</source>
        <translation>La colocación terminó. Este registro se guarda para usted y no aparece en la lista diaria.</translation>
    </message>
    <message>
        <source>not filled in yet</source>
        <translation>todavía sin completar</translation>
    </message>
    <message>
        <source>{date} ({ago})</source>
        <translation>{date} ({ago})</translation>
    </message>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>Back in my care</source>
        <translation>De nuevo a mi cuidado</translation>
    </message>
    <message>
        <source>Placement ended…</source>
        <translation>Terminó la colocación…</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Tick the people from the child&apos;s list who took part</source>
        <translation>Marque a las personas de la lista del niño que participaron</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>This file is not a photo we can use</source>
        <translation>Este archivo no es una foto que podamos usar</translation>
    </message>
    <message>
        <source>{name} is not a JPEG or PNG picture.</source>
        <translation>{name} no es una imagen JPEG o PNG.</translation>
    </message>
    <message>
        <source>Please choose a .jpg or .png photo. The file was not changed.</source>
        <translation>Por favor, elija una foto .jpg o .png. El archivo no se cambió.</translation>
    </message>
    <message>
        <source>This photo cannot be opened</source>
        <translation>Esta foto no se puede abrir</translation>
    </message>
    <message>
        <source>{name} seems damaged or only partly copied.</source>
        <translation>{name} parece dañada o copiada solo en parte.</translation>
    </message>
    <message>
        <source>Please try another copy of the photo. The file was not changed.</source>
        <translation>Por favor, pruebe con otra copia de la foto. El archivo no se cambió.</translation>
    </message>
    <message>
        <source>This photo is very large</source>
        <translation>Esta foto es muy grande</translation>
    </message>
    <message>
        <source>{name} is larger than 40 MB.</source>
        <translation>{name} pesa más de 40 MB.</translation>
    </message>
    <message>
        <source>Please choose a smaller copy of the photo.</source>
        <translation>Por favor, elija una copia más pequeña de la foto.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Write as much or as little as helps. You can come back and change it any time; it is saved as you type.</source>
        <translation>Escriba tanto o tan poco como le sirva. Puede volver y cambiarlo cuando quiera; se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>Last changed {date}.</source>
        <translation>Último cambio: {date}.</translation>
    </message>
    <message>
        <source>Print this plan…</source>
        <translation>Imprimir este plan…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Saving as you type…</source>
        <translation>Guardando mientras escribe…</translation>
    </message>
    <message>
        <source>Not saved yet: one part is too long.</source>
        <translation>Todavía sin guardar: una parte es demasiado larga.</translation>
    </message>
    <message>
        <source>Not saved yet. Your words are still here.</source>
        <translation>Todavía sin guardar. Sus palabras siguen aquí.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>Private copy — not for the family</source>
        <translation>Copia privada — no es para la familia</translation>
    </message>
    <message>
        <source>page {x} of {y}</source>
        <translation>página {x} de {y}</translation>
    </message>
    <message>
        <source>{part} (continued)</source>
        <translation>{part} (continuación)</translation>
    </message>
    <message>
        <source>printed {date}</source>
        <translation>impreso el {date}</translation>
    </message>
    <message>
        <source>There is no such page</source>
        <translation>Esa página no existe</translation>
    </message>
    <message>
        <source>{name}&apos;s bridge book has no page {n}.</source>
        <translation>El cuaderno puente de {name} no tiene página {n}.</translation>
    </message>
    <message>
        <source>The Bridge book tab shows the pages there are.</source>
        <translation>La pestaña Cuaderno puente muestra las páginas que hay.</translation>
    </message>
    <message>
        <source>This photo is no longer in the app&apos;s folder</source>
        <translation>Esta foto ya no está en la carpeta de la aplicación</translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation>Rutina diaria</translation>
    </message>
    <message>
        <source>Sleep and bedtime</source>
        <translation>Sueño y hora de dormir</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Comida</translation>
    </message>
    <message>
        <source>Comfort</source>
        <translation>Consuelo</translation>
    </message>
    <message>
        <source>Favourite things</source>
        <translation>Cosas favoritas</translation>
    </message>
    <message>
        <source>Fears</source>
        <translation>Miedos</translation>
    </message>
    <message>
        <source>Hair and skin care</source>
        <translation>Cuidado del cabello y la piel</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>What you want us to know</source>
        <translation>Lo que quiere que sepamos</translation>
    </message>
    <message>
        <source>Questions you have for us</source>
        <translation>Preguntas que tiene para nosotros</translation>
    </message>
    <message>
        <source>Who to give it back to</source>
        <translation>A quién devolverla</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Tomas de leche</translation>
    </message>
    <message>
        <source>Diapers</source>
        <translation>Pañales</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Something new</source>
        <translation>Algo nuevo</translation>
    </message>
    <message>
        <source>A note for you</source>
        <translation>Una nota para usted</translation>
    </message>
    <message>
        <source>Space to write back</source>
        <translation>Espacio para contestar</translation>
    </message>
    <message>
        <source>Who it is from (our name, phone)</source>
        <translation>De parte de (nuestro nombre, teléfono)</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>For the birth parent</source>
        <translation>Para la madre o el padre</translation>
    </message>
    <message>
        <source>For a babysitter, a respite carer or the next home</source>
        <translation>Para una niñera, un cuidador de relevo o el próximo hogar</translation>
    </message>
    <message>
        <source>For you and the caseworker</source>
        <translation>Para usted y el trabajador social</translation>
    </message>
    <message>
        <source>Care practices</source>
        <translation>Cuidados</translation>
    </message>
    <message>
        <source>Likes and dislikes</source>
        <translation>Lo que le gusta y lo que no</translation>
    </message>
    <message>
        <source>Important people</source>
        <translation>Personas importantes</translation>
    </message>
    <message>
        <source>Name and pronouns</source>
        <translation>Nombre y pronombres</translation>
    </message>
    <message>
        <source>What I love</source>
        <translation>Lo que me encanta</translation>
    </message>
    <message>
        <source>What comforts me</source>
        <translation>Lo que me consuela</translation>
    </message>
    <message>
        <source>How to care for me</source>
        <translation>Cómo cuidarme</translation>
    </message>
    <message>
        <source>Bath time and clothes</source>
        <translation>El baño y la ropa</translation>
    </message>
    <message>
        <source>Rules and praise</source>
        <translation>Reglas y elogios</translation>
    </message>
    <message>
        <source>Faith, culture and identity</source>
        <translation>Fe, cultura e identidad</translation>
    </message>
    <message>
        <source>How you are doing</source>
        <translation>Cómo le va a usted</translation>
    </message>
    <message>
        <source>Questions the parent may ask</source>
        <translation>Preguntas que la madre o el padre puede hacer</translation>
    </message>
    <message>
        <source>Questions you may have for us</source>
        <translation>Preguntas que quizá tenga para nosotros</translation>
    </message>
    <message>
        <source>What you may want to tell us</source>
        <translation>Lo que quizá quiera contarnos</translation>
    </message>
    <message>
        <source>Room for your own notes</source>
        <translation>Espacio para sus propias notas</translation>
    </message>
    <message>
        <source>Our letter</source>
        <translation>Nuestra carta</translation>
    </message>
    <message>
        <source>News since last time</source>
        <translation>Novedades desde la última vez</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Questions for you</source>
        <translation>Preguntas para usted</translation>
    </message>
    <message>
        <source>Your turn to write back</source>
        <translation>Ahora le toca escribir a usted</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>Informe de incidentes</translation>
    </message>
    <message>
        <source>For you and the caseworker, never for the family: each incident in a range of dates (last month unless you choose), with where, who was there, injuries, who was told and when, and what follows.</source>
        <translation>Para usted y el trabajador social, nunca para la familia: cada incidente en un rango de fechas (el mes pasado, si no elige otro), con dónde pasó, quién estaba, las lesiones, a quién se le avisó y cuándo, y lo que sigue.</translation>
    </message>
    <message>
        <source>Medication record</source>
        <translation>Registro de medicinas</translation>
    </message>
    <message>
        <source>For you and the caseworker: a month of the medicine log (the month the dates start in, last month unless you choose), one row per medicine and one column per day.</source>
        <translation>Para usted y el trabajador social: un mes del registro de medicinas (el mes en que empiezan las fechas; el mes pasado, si no elige otro), una fila por medicina y una columna por día.</translation>
    </message>
    <message>
        <source>Mileage and expenses</source>
        <translation>Millaje y gastos</translation>
    </message>
    <message>
        <source>For reimbursement: each trip and expense in a range of dates (last month unless you choose), a total for each month, and the receipts.</source>
        <translation>Para el reembolso: cada viaje y gasto en un rango de fechas (el mes pasado, si no elige otro), un total por mes y los recibos.</translation>
    </message>
    <message>
        <source>Monthly report for the caseworker</source>
        <translation>Informe mensual para el trabajador social</translation>
    </message>
    <message>
        <source>A month from your records (the month the dates start in, last month unless you choose): family time and calls held and missed, appointments, school, milestones, incidents and medicines, with room for your own words. Choose what goes in.</source>
        <translation>Un mes de sus registros (el mes en que empiezan las fechas; el mes pasado, si no elige otro): el tiempo en familia y las llamadas que hubo y las que no, citas, escuela, logros, incidentes y medicinas, con espacio para sus propias palabras. Elija lo que se incluye.</translation>
    </message>
    <message>
        <source>Lifebook</source>
        <translation>Libro de vida</translation>
    </message>
    <message>
        <source>The child&apos;s story in this home, in pictures and words, as a booklet to give to the child and their family when they move home or on. Pages waiting for the family&apos;s say are left out.</source>
        <translation>La historia del niño en este hogar, en fotos y palabras, como un librito para darle al niño y a su familia cuando vuelva a casa o se vaya a otro lugar. Las páginas que esperan la opinión de la familia no se incluyen.</translation>
    </message>
    <message>
        <source>About the call</source>
        <translation>Sobre la llamada</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas para hacer</translation>
    </message>
    <message>
        <source>What we can share about us</source>
        <translation>Lo que podemos contar de nosotros</translation>
    </message>
    <message>
        <source>Before we hang up</source>
        <translation>Antes de colgar</translation>
    </message>
    <message>
        <source>Routine sheet</source>
        <translation>Hoja de rutina</translation>
    </message>
    <message>
        <source>All about me</source>
        <translation>Todo sobre mí</translation>
    </message>
    <message>
        <source>A one- or two-page profile of the child: what they love, what comforts them, care, school and important people.</source>
        <translation>Un perfil del niño en una o dos páginas: lo que le encanta, lo que le consuela, sus cuidados, la escuela y las personas importantes.</translation>
    </message>
    <message>
        <source>Icebreaker preparation sheet</source>
        <translation>Hoja de preparación para romper el hielo</translation>
    </message>
    <message>
        <source>What to ask and what to share at the first meeting with the birth parent.</source>
        <translation>Qué preguntar y qué contar en la primera reunión con la madre o el padre.</translation>
    </message>
    <message>
        <source>What we can share</source>
        <translation>Lo que podemos contar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>The child&apos;s day, care practices and likes, for the birth parent, a babysitter, a respite home or the next home. For a babysitter or the next home it also lists allergies and medicines (even ones marked private) and the important people.</source>
        <translation>El día del niño, sus cuidados y sus gustos, para la madre o el padre, una niñera, un hogar de relevo o el próximo hogar. Para una niñera o el próximo hogar también incluye alergias y medicinas (aunque estén marcadas como privadas) y las personas importantes.</translation>
    </message>
    <message>
        <source>About my child (blank, to fill in by hand)</source>
        <translation>Sobre mi hijo (en blanco, para llenar a mano)</translation>
    </message>
    <message>
        <source>Open questions with room to write, for the birth parent to fill in and give back.</source>
        <translation>Preguntas abiertas con espacio para escribir, para que la madre o el padre las llene y las devuelva.</translation>
    </message>
    <message>
        <source>Comfort call notes</source>
        <translation>Notas de la llamada de tranquilidad</translation>
    </message>
    <message>
        <source>The questions for the first phone call, with room for notes.</source>
        <translation>Las preguntas para la primera llamada, con espacio para notas.</translation>
    </message>
    <message>
        <source>Family time and journal summary</source>
        <translation>Resumen del tiempo en familia y del diario</translation>
    </message>
    <message>
        <source>Family time</source>
        <translation>Tiempo en familia</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Logros</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Anotaciones del diario</translation>
    </message>
    <message>
        <source>Family time and calls</source>
        <translation>Tiempo en familia y llamadas</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medicinas</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Con sus propias palabras</translation>
    </message>
    <message>
        <source>Before we meet (for the birth parent)</source>
        <translation>Antes de conocernos (para la madre o el padre)</translation>
    </message>
    <message>
        <source>For the caseworker to give the parent before the first meeting: what they may want to ask you and to tell you about their child, with room to write.</source>
        <translation>Para que el trabajador social se la dé a la madre o el padre antes de la primera reunión: lo que quizá quiera preguntarle y contarle sobre su hijo, con espacio para escribir.</translation>
    </message>
    <message>
        <source>What you wrote to share from the journal and family time, for a range of dates. Titles, notes and whether family time happened stay off this sheet.</source>
        <translation>Lo que escribió para compartir del diario y del tiempo en familia, entre dos fechas. Los títulos, las notas y si el tiempo en familia sucedió no salen en esta hoja.</translation>
    </message>
    <message>
        <source>Family time record</source>
        <translation>Registro del tiempo en familia</translation>
    </message>
    <message>
        <source>For you and the caseworker, not for the family: each family time in a range of dates, whether it happened, and your notes.</source>
        <translation>Para usted y el trabajador social, no para la familia: cada tiempo en familia entre dos fechas, si sucedió, y sus notas.</translation>
    </message>
    <message>
        <source>Diaper-bag note</source>
        <translation>Nota para la pañalera</translation>
    </message>
    <message>
        <source>Today&apos;s sleep, feeds, diapers and mood for a baby or toddler, with space for the parent to write back.</source>
        <translation>El sueño, las tomas, los pañales y el ánimo de hoy de un bebé o niño pequeño, con espacio para que la madre o el padre conteste.</translation>
    </message>
    <message>
        <source>Transition plan</source>
        <translation>Plan de transición</translation>
    </message>
    <message>
        <source>The plan for going home: steps, dates and who helps.</source>
        <translation>El plan para volver a casa: pasos, fechas y quién ayuda.</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>El plan</translation>
    </message>
    <message>
        <source>Who to call</source>
        <translation>A quién llamar</translation>
    </message>
    <message>
        <source>After-reunification contact plan</source>
        <translation>Plan de contacto después de la reunificación</translation>
    </message>
    <message>
        <source>How the child and both families will stay in touch after going home.</source>
        <translation>Cómo el niño y las dos familias seguirán en contacto después de volver a casa.</translation>
    </message>
    <message>
        <source>Ways to keep in touch</source>
        <translation>Formas de seguir en contacto</translation>
    </message>
    <message>
        <source>Bridge book page</source>
        <translation>Página del cuaderno puente</translation>
    </message>
    <message>
        <source>A page of the notebook that goes to family time (the newest, or the one chosen on the Bridge book tab): your letter, news, photos, questions and room to write back.</source>
        <translation>Una página del cuaderno que va al tiempo en familia (la más nueva, o la elegida en la pestaña Cuaderno puente): su carta, novedades, fotos, preguntas y espacio para contestar.</translation>
    </message>
    <message>
        <source>Photo sheet</source>
        <translation>Hoja de fotos</translation>
    </message>
    <message>
        <source>Photos marked shareable from a range of dates, with their dates and captions.</source>
        <translation>Fotos marcadas para compartir entre dos fechas, con sus fechas y pies de foto.</translation>
    </message>
    <message>
        <source>How serious: {words}</source>
        <translation>Qué tan grave: {words}</translation>
    </message>
    <message>
        <source>Comfort things: {items}</source>
        <translation>Cosas que le consuelan: {items}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Quiénes son</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Cómo comunicarse</translation>
    </message>
    <message>
        <source>lives with {who}</source>
        <translation>vive con {who}</translation>
    </message>
    <message>
        <source>their home: {phone}</source>
        <translation>su casa: {phone}</translation>
    </message>
    <message>
        <source>speaks {language}</source>
        <translation>habla {language}</translation>
    </message>
    <message>
        <source>The birth parent</source>
        <translation>La madre o el padre</translation>
    </message>
    <message>
        <source>A babysitter or respite carer</source>
        <translation>Una niñera o un cuidador de relevo</translation>
    </message>
    <message>
        <source>The next home</source>
        <translation>El próximo hogar</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>La fecha de inicio es posterior a la fecha final.</translation>
    </message>
    <message>
        <source>Getting ready for the first meeting</source>
        <translation>Para preparar la primera reunión</translation>
    </message>
    <message>
        <source>The questions we chose to ask {name}&apos;s family, with room for their answers, and what we would like to tell them about us.</source>
        <translation>Las preguntas que elegimos hacerle a la familia de {name}, con espacio para sus respuestas, y lo que nos gustaría contarles de nosotros.</translation>
    </message>
    <message>
        <source>Icebreaker preparation</source>
        <translation>Preparación para romper el hielo</translation>
    </message>
    <message>
        <source>What we would like to tell them</source>
        <translation>Lo que nos gustaría contarles</translation>
    </message>
    <message>
        <source>Keep the talk about the child</source>
        <translation>Hablen del niño</translation>
    </message>
    <message>
        <source>Keep to yourself for now</source>
        <translation>Mejor no contar por ahora</translation>
    </message>
    <message>
        <source>Photos of {name}</source>
        <translation>Fotos de {name}</translation>
    </message>
    <message>
        <source>No photos marked shareable in these dates yet.</source>
        <translation>Todavía no hay fotos marcadas para compartir entre estas fechas.</translation>
    </message>
    <message>
        <source>Bridge book, page {n}</source>
        <translation>Cuaderno puente, página {n}</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>Página {n}</translation>
    </message>
    <message>
        <source>From: {who}</source>
        <translation>De: {who}</translation>
    </message>
    <message>
        <source>{name}&apos;s bridge book</source>
        <translation>Cuaderno puente de {name}</translation>
    </message>
    <message>
        <source>A note from us</source>
        <translation>Unas palabras de nuestra parte</translation>
    </message>
    <message>
        <source>What {name} has been up to</source>
        <translation>Lo que ha hecho {name}</translation>
    </message>
    <message>
        <source>Your turn, {who}</source>
        <translation>Le toca a usted, {who}</translation>
    </message>
    <message>
        <source>Your turn</source>
        <translation>Le toca a usted</translation>
    </message>
    <message>
        <source>Anything you would like to tell us or {name}: how you are, what {name} loves, what to keep doing.</source>
        <translation>Lo que quiera contarnos a nosotros o a {name}: cómo está usted, lo que a {name} le encanta, lo que conviene seguir haciendo.</translation>
    </message>
    <message>
        <source>For the first phone call with {name}&apos;s family. Keep it short and warm.</source>
        <translation>Para la primera llamada con la familia de {name}. Que sea corta y cálida.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Who was on the call</source>
        <translation>Quién estuvo en la llamada</translation>
    </message>
    <message>
        <source>What we might say</source>
        <translation>Lo que podríamos decir</translation>
    </message>
    <message>
        <source>When we will talk next</source>
        <translation>Cuándo hablaremos de nuevo</translation>
    </message>
    <message>
        <source>What we said we would do or find out</source>
        <translation>Lo que dijimos que haríamos o averiguaríamos</translation>
    </message>
    <message>
        <source>What does a usual day look like for {name}?</source>
        <translation>¿Cómo es un día normal para {name}?</translation>
    </message>
    <message>
        <source>Waking up, meals, naps, play, bath time, anything you always do.</source>
        <translation>Al despertar, las comidas, las siestas, el juego, el baño, lo que siempre hacen.</translation>
    </message>
    <message>
        <source>How does {name} sleep best?</source>
        <translation>¿Cómo duerme mejor {name}?</translation>
    </message>
    <message>
        <source>The bedtime routine, naps, a night light, a blanket or toy, a song or story.</source>
        <translation>La rutina para dormir, las siestas, una lucecita de noche, una cobija o un juguete, una canción o un cuento.</translation>
    </message>
    <message>
        <source>Favourite meals and snacks, foods to avoid, allergies, a special diet, how it is served.</source>
        <translation>Comidas y meriendas favoritas, lo que no debe comer, alergias, una dieta especial, cómo se le sirve.</translation>
    </message>
    <message>
        <source>Words, a hug, a quiet place, a favourite thing; what would help {name} feel at home with us.</source>
        <translation>Palabras, un abrazo, un lugar tranquilo, una cosa favorita; lo que ayudaría a {name} a sentirse en casa con nosotros.</translation>
    </message>
    <message>
        <source>Toys, songs, shows, games, places, people, and things to do, like riding a bike or playing in the snow.</source>
        <translation>Juguetes, canciones, programas, juegos, lugares, personas y cosas que hacer, como andar en bicicleta o jugar en la nieve.</translation>
    </message>
    <message>
        <source>Is there anything that worries or scares {name}, or that {name} does not like?</source>
        <translation>¿Hay algo que preocupe o asuste a {name}, o que no le guste?</translation>
    </message>
    <message>
        <source>Products you use, how often, styles {name} likes, who braids or does {name}&apos;s hair.</source>
        <translation>Los productos que usa, cada cuánto, los peinados que le gustan a {name}, quién le hace las trenzas o le arregla el cabello.</translation>
    </message>
    <message>
        <source>How does {name} like bath time and getting dressed?</source>
        <translation>¿Cómo le gusta a {name} la hora del baño y vestirse?</translation>
    </message>
    <message>
        <source>Bath or shower, soap and other products for washing and teeth, clothes {name} loves or will not wear.</source>
        <translation>Baño o ducha, jabón y otros productos para lavarse y para los dientes, ropa que a {name} le encanta o que no se quiere poner.</translation>
    </message>
    <message>
        <source>Medicines, allergies, past illnesses, the doctor or dentist you see.</source>
        <translation>Medicinas, alergias, enfermedades que tuvo, el médico o el dentista al que va.</translation>
    </message>
    <message>
        <source>How do you handle rules and praise with {name}?</source>
        <translation>¿Cómo manejan las reglas y los elogios con {name}?</translation>
    </message>
    <message>
        <source>What works when {name} is testing limits, and how you show {name} they did well.</source>
        <translation>Lo que funciona cuando {name} pone a prueba los límites, y cómo le hacen saber que lo hizo bien.</translation>
    </message>
    <message>
        <source>Languages, heritage, holidays, prayers or services, foods, community or tribal gatherings, groups {name} belongs to, and how {name} sees themselves.</source>
        <translation>Idiomas, herencia, días festivos, oraciones o servicios religiosos, comidas, reuniones de la comunidad o de la tribu, grupos a los que pertenece {name} y cómo se ve {name} a sí mismo.</translation>
    </message>
    <message>
        <source>Which school, teachers, friends, homework, how {name} is doing there, what {name} enjoys.</source>
        <translation>Qué escuela, maestros, amigos, tareas, cómo le va a {name} allí, qué le gusta.</translation>
    </message>
    <message>
        <source>How {name} is doing, who lives with us and how old the other children are, our home and neighbourhood, a usual day, how we handle rules, which school {name} will go to, how {name} will fit in, how many children we have looked after.</source>
        <translation>Cómo está {name}, quién vive con nosotros y qué edad tienen los otros niños, nuestra casa y el barrio, un día normal, cómo manejamos las reglas, a qué escuela irá {name}, cómo se integrará {name}, a cuántos niños hemos cuidado.</translation>
    </message>
    <message>
        <source>How {name} is doing, what has changed at home, who lives with us now, a usual day, how we handle rules, which school {name} goes to.</source>
        <translation>Cómo está {name}, qué ha cambiado en casa, quién vive con nosotros ahora, un día normal, cómo manejamos las reglas, a qué escuela va {name}.</translation>
    </message>
    <message>
        <source>What does {name} like to eat and drink, and what not?</source>
        <translation>¿Qué le gusta comer y beber a {name}, y qué no?</translation>
    </message>
    <message>
        <source>When {name} is upset or tired, what helps?</source>
        <translation>Cuando {name} está molesto o cansado, ¿qué le ayuda?</translation>
    </message>
    <message>
        <source>What are {name}&apos;s favourite things?</source>
        <translation>¿Cuáles son las cosas favoritas de {name}?</translation>
    </message>
    <message>
        <source>The dark, loud noises, animals, being alone…</source>
        <translation>La oscuridad, los ruidos fuertes, los animales, quedarse solo…</translation>
    </message>
    <message>
        <source>How do you care for {name}&apos;s hair and skin?</source>
        <translation>¿Cómo cuida usted el cabello y la piel de {name}?</translation>
    </message>
    <message>
        <source>Is there anything about {name}&apos;s health we should know?</source>
        <translation>¿Hay algo sobre la salud de {name} que debamos saber?</translation>
    </message>
    <message>
        <source>What faith, culture or traditions are part of {name}&apos;s life?</source>
        <translation>¿Qué fe, cultura o tradiciones forman parte de la vida de {name}?</translation>
    </message>
    <message>
        <source>What should we know about school or daycare?</source>
        <translation>¿Qué debemos saber sobre la escuela o la guardería?</translation>
    </message>
    <message>
        <source>What else would you like us to know about {name}?</source>
        <translation>¿Qué más le gustaría que supiéramos sobre {name}?</translation>
    </message>
    <message>
        <source>Anything at all: how much you love {name}, your hopes for when {name} comes home, a message we can pass on.</source>
        <translation>Lo que sea: cuánto quiere a {name}, lo que espera para cuando {name} vuelva a casa, un mensaje que podamos darle.</translation>
    </message>
    <message>
        <source>And you: how are you doing?</source>
        <translation>Y usted, ¿cómo está?</translation>
    </message>
    <message>
        <source>Only if you would like to say: who is there for you, and whether we may tell {name} that you are okay.</source>
        <translation>Solo si quiere contarlo: quién le acompaña, y si podemos decirle a {name} que usted está bien.</translation>
    </message>
    <message>
        <source>What would you like to ask us?</source>
        <translation>¿Qué le gustaría preguntarnos?</translation>
    </message>
    <message>
        <source>All about {name}</source>
        <translation>Todo sobre {name}</translation>
    </message>
    <message>
        <source>You know {name} best. Please write anything you would like us to know; skip whatever you like. Thank you for sharing.</source>
        <translation>Usted es quien mejor conoce a {name}. Por favor, escriba lo que le gustaría que supiéramos; puede saltarse lo que quiera. Gracias por compartirlo.</translation>
    </message>
    <message>
        <source>About my child</source>
        <translation>Sobre mi hijo</translation>
    </message>
    <message>
        <source>When you are done, please give this back to</source>
        <translation>Cuando termine, por favor entregue esta hoja a</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Fecha: {date}</translation>
    </message>
    <message>
        <source>{name}&apos;s day</source>
        <translation>El día de {name}</translation>
    </message>
    <message>
        <source>Something new today</source>
        <translation>Algo nuevo hoy</translation>
    </message>
    <message>
        <source>How was {name} with you? Anything we should know?</source>
        <translation>¿Cómo estuvo {name} con usted? ¿Hay algo que debamos saber?</translation>
    </message>
    <message>
        <source>Your turn: write back to us</source>
        <translation>Le toca a usted: escríbanos</translation>
    </message>
    <message>
        <source>happy</source>
        <translation>contento</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>tranquilo</translation>
    </message>
    <message>
        <source>playful</source>
        <translation>juguetón</translation>
    </message>
    <message>
        <source>sleepy</source>
        <translation>con sueño</translation>
    </message>
    <message>
        <source>fussy</source>
        <translation>inquieto</translation>
    </message>
    <message>
        <source>unwell</source>
        <translation>enfermo</translation>
    </message>
    <message>
        <source>Fell asleep</source>
        <translation>Se durmió</translation>
    </message>
    <message>
        <source>Woke up</source>
        <translation>Se despertó</translation>
    </message>
    <message>
        <source>Wet or dirty</source>
        <translation>Mojado o sucio</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Cuánto</translation>
    </message>
    <message>
        <source>Going home: {name}&apos;s plan</source>
        <translation>Volver a casa: el plan de {name}</translation>
    </message>
    <message>
        <source>So that {name}&apos;s move home goes gently, step by step.</source>
        <translation>Para que la vuelta a casa de {name} sea suave, paso a paso.</translation>
    </message>
    <message>
        <source>Contact plan</source>
        <translation>Plan de contacto</translation>
    </message>
    <message>
        <source>Staying in touch with {name}</source>
        <translation>Seguir en contacto con {name}</translation>
    </message>
    <message>
        <source>How {name} and both families will keep in touch after {name} goes home.</source>
        <translation>Cómo {name} y las dos familias seguirán en contacto cuando {name} vuelva a casa.</translation>
    </message>
    <message>
        <source>Fill it in together; write as much or as little as you like.</source>
        <translation>Llénenlo juntos; escriban tanto o tan poco como quieran.</translation>
    </message>
    <message>
        <source>Made together on {date}.</source>
        <translation>Hecho juntos el {date}.</translation>
    </message>
    <message>
        <source>Made together with {who} on {date}.</source>
        <translation>Hecho junto con {who} el {date}.</translation>
    </message>
    <message>
        <source>{name}&apos;s routines</source>
        <translation>Las rutinas de {name}</translation>
    </message>
    <message>
        <source>How {name}&apos;s days usually go and what helps, gathered from the people who know {name} best.</source>
        <translation>Cómo suelen ser los días de {name} y lo que le ayuda, según las personas que mejor conocen a {name}.</translation>
    </message>
    <message>
        <source>From {who}.</source>
        <translation>De {who}.</translation>
    </message>
    <message>
        <source>Nothing to print yet: add {name}&apos;s routines, likes and care on the child&apos;s page first.</source>
        <translation>Todavía no hay nada que imprimir: primero añada las rutinas, los gustos y los cuidados de {name} en la página del niño.</translation>
    </message>
    <message>
        <source>Health needs are kept separately; please ask us.</source>
        <translation>Las necesidades de salud se guardan aparte; pregúntenos, por favor.</translation>
    </message>
    <message>
        <source>{name}: family time and journal</source>
        <translation>{name}: tiempo en familia y diario</translation>
    </message>
    <message>
        <source>From the journal</source>
        <translation>Del diario</translation>
    </message>
    <message>
        <source>Nothing was written to share in these dates.</source>
        <translation>No se escribió nada para compartir entre estas fechas.</translation>
    </message>
    <message>
        <source>Journal summary</source>
        <translation>Resumen del diario</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <source>From {start} to {end}.</source>
        <translation>Del {start} al {end}.</translation>
    </message>
    <message>
        <source>From {start}.</source>
        <translation>Desde el {start}.</translation>
    </message>
    <message>
        <source>Up to {end}.</source>
        <translation>Hasta el {end}.</translation>
    </message>
    <message>
        <source>For the caregiver and caseworker — not for the family</source>
        <translation>Para la persona cuidadora y el trabajador social — no para la familia</translation>
    </message>
    <message>
        <source>{name}: family time record</source>
        <translation>{name}: registro del tiempo en familia</translation>
    </message>
    <message>
        <source>In these dates</source>
        <translation>Entre estas fechas</translation>
    </message>
    <message>
        <source>Each family time</source>
        <translation>Cada tiempo en familia</translation>
    </message>
    <message>
        <source>No family time is recorded in these dates.</source>
        <translation>No hay tiempo en familia registrado entre estas fechas.</translation>
    </message>
    <message>
        <source>Family time in these dates: {total}. Happened: {attended}. Did not happen: {missed}.</source>
        <translation>Tiempo en familia entre estas fechas: {total}. Sucedió: {attended}. No sucedió: {missed}.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Cuántos</translation>
    </message>
    <message>
        <source>Where: {place}</source>
        <translation>Dónde: {place}</translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation>Supervisado</translation>
    </message>
    <message>
        <source>Not supervised</source>
        <translation>Sin supervisión</translation>
    </message>
    <message>
        <source>Cancelled or moved by: {who}</source>
        <translation>Cancelado o cambiado por: {who}</translation>
    </message>
    <message>
        <source>Private notes:</source>
        <translation>Notas privadas:</translation>
    </message>
    <message>
        <source>I like to be called {name}.</source>
        <translation>Me gusta que me digan {name}.</translation>
    </message>
    <message>
        <source>My pronouns are {pronouns}.</source>
        <translation>Mis pronombres son {pronouns}.</translation>
    </message>
    <message>
        <source>Nothing to print yet: add what {name} loves and what helps on the child&apos;s page first.</source>
        <translation>Todavía no hay nada que imprimir: primero añada en la página del niño lo que le encanta a {name} y lo que le ayuda.</translation>
    </message>
    <message>
        <source>Not my favourites</source>
        <translation>Lo que no me gusta tanto</translation>
    </message>
    <message>
        <source>My comfort things: {items}</source>
        <translation>Lo que me consuela: {items}</translation>
    </message>
    <message>
        <source>Before we meet</source>
        <translation>Antes de conocernos</translation>
    </message>
    <message>
        <source>We are looking after {name} for now, and we would like to meet you soon. You know {name} best. Here are some things parents often want to ask, or to tell the people caring for their child. Tick what matters to you, write a few words, or leave it blank: it is up to you. Bring this sheet along if it helps.</source>
        <translation>Estamos cuidando a {name} por ahora y nos gustaría conocerle pronto. Usted es quien mejor conoce a {name}. Aquí hay algunas cosas que los padres suelen querer preguntar, o contar a quienes cuidan a su hijo. Marque lo que le importe, escriba unas palabras o déjelo en blanco: usted decide. Traiga esta hoja si le ayuda.</translation>
    </message>
    <message>
        <source>Your own questions</source>
        <translation>Sus propias preguntas</translation>
    </message>
    <message>
        <source>What you may want to tell us about {name}</source>
        <translation>Lo que quizá quiera contarnos sobre {name}</translation>
    </message>
    <message>
        <source>Keep this sheet somewhere safe away from the computer: a locked drawer, a safe, or with a person you trust.</source>
        <translation>Guarde esta hoja en un lugar seguro lejos de la computadora: un cajón con llave, una caja fuerte o con una persona de confianza.</translation>
    </message>
    <message>
        <source>Do not keep it in the computer&apos;s bag, taped to the screen, or as a photo on the same computer.</source>
        <translation>No la guarde en el bolso de la computadora, pegada a la pantalla ni como foto en la misma computadora.</translation>
    </message>
    <message>
        <source>If you change the passphrase, print a new sheet and destroy this one.</source>
        <translation>Si cambia la contraseña, imprima una hoja nueva y destruya esta.</translation>
    </message>
    <message>
        <source>Without the passphrase nobody can open your records: not you, not the agency, not the people who made this app. There is no reset.</source>
        <translation>Sin la contraseña nadie puede abrir sus registros: ni usted, ni la agencia, ni quienes hicieron esta aplicación. No hay forma de restablecerla.</translation>
    </message>
    <message>
        <source>Passphrase recovery sheet</source>
        <translation>Hoja de recuperación de la contraseña</translation>
    </message>
    <message>
        <source>Write your passphrase below by hand, exactly as you type it (capital letters, spaces and signs count).</source>
        <translation>Escriba su contraseña abajo a mano, tal como la teclea (las mayúsculas, los espacios y los signos cuentan).</translation>
    </message>
    <message>
        <source>My passphrase</source>
        <translation>Mi contraseña</translation>
    </message>
    <message>
        <source>Where the records are kept on this computer</source>
        <translation>Dónde se guardan los registros en esta computadora</translation>
    </message>
    <message>
        <source>Where to keep this sheet</source>
        <translation>Dónde guardar esta hoja</translation>
    </message>
    <message>
        <source>{name}: incident reports</source>
        <translation>{name}: informes de incidentes</translation>
    </message>
    <message>
        <source>No incident is recorded in these dates.</source>
        <translation>No hay ningún incidente registrado en estas fechas.</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Persona cuidadora</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Trabajador social</translation>
    </message>
    <message>
        <source>Not written down</source>
        <translation>No está anotado</translation>
    </message>
    <message>
        <source>Where it happened</source>
        <translation>Dónde pasó</translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation>Quién estaba presente</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>Lesiones</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>A quién se le avisó</translation>
    </message>
    <message>
        <source>When they were told</source>
        <translation>Cuándo se le avisó</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Preguntado</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>{name}&apos;s lifebook</source>
        <translation>El libro de vida de {name}</translation>
    </message>
    <message>
        <source>My story, in pictures and words</source>
        <translation>Mi historia, en fotos y palabras</translation>
    </message>
    <message>
        <source>Made with love at {home}</source>
        <translation>Hecho con cariño en {home}</translation>
    </message>
    <message>
        <source>The pages you make together will be here.</source>
        <translation>Aquí estarán las páginas que hagan juntos.</translation>
    </message>
    <message>
        <source>{name}: medication record</source>
        <translation>{name}: registro de medicinas</translation>
    </message>
    <message>
        <source>No medicine is written down in the health section, and no dose was recorded this month.</source>
        <translation>No hay ninguna medicina anotada en la sección de salud, y no se registró ninguna dosis este mes.</translation>
    </message>
    <message>
        <source>Doses not given</source>
        <translation>Dosis que no se dieron</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicina</translation>
    </message>
    <message>
        <source>Each cell: the initials of who gave the dose. M: missed. R: refused (why is listed below).</source>
        <translation>Cada casilla: las iniciales de quien dio la dosis. O: omitida. R: rechazada (el motivo aparece abajo).</translation>
    </message>
    <message>
        <source>{name}: mileage and expenses</source>
        <translation>{name}: millaje y gastos</translation>
    </message>
    <message>
        <source>No trip or expense is recorded in these dates.</source>
        <translation>No hay ningún viaje ni gasto registrado en estas fechas.</translation>
    </message>
    <message>
        <source>Each month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Viajes</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <source>From and to</source>
        <translation>Desde y hasta</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>receipt attached</source>
        <translation>recibo adjunto</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Para qué</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Recibos</translation>
    </message>
    <message>
        <source>{name}: monthly report</source>
        <translation>{name}: informe mensual</translation>
    </message>
    <message>
        <source>Family time and calls this month: {total}. Held: {held}. Missed: {missed}.</source>
        <translation>Tiempo en familia y llamadas este mes: {total}. Se hicieron: {held}. No se hicieron: {missed}.</translation>
    </message>
    <message>
        <source>No appointments this month.</source>
        <translation>No hubo citas este mes.</translation>
    </message>
    <message>
        <source>Nothing about school this month.</source>
        <translation>Nada sobre la escuela este mes.</translation>
    </message>
    <message>
        <source>No milestones written down this month.</source>
        <translation>No se anotaron logros este mes.</translation>
    </message>
    <message>
        <source>Each incident in full is on the incident report.</source>
        <translation>Cada incidente completo está en el informe de incidentes.</translation>
    </message>
    <message>
        <source>No incidents this month.</source>
        <translation>No hubo incidentes este mes.</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Dadas</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Omitidas</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>No medicine given this month.</source>
        <translation>No se dio ninguna medicina este mes.</translation>
    </message>
    <message>
        <source>How the month went, what has changed for the child, and what you need</source>
        <translation>Cómo fue el mes, qué ha cambiado para el niño y qué necesita usted</translation>
    </message>
</context>
<context>
    <name>PrintCenter</name>
    <message>
        <source>Print center — {name}</source>
        <translation>Centro de impresión — {name}</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>{title} (coming soon)</source>
        <translation>{title} (muy pronto)</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>¿Para quién es?</translation>
    </message>
    <message>
        <source>What goes on the page</source>
        <translation>Qué va en la página</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Include private entries</source>
        <translation>Incluir las anotaciones privadas</translation>
    </message>
    <message>
        <source>Entries marked private and contacts you have not agreed to share</source>
        <translation>Las anotaciones marcadas como privadas y los contactos que usted no aceptó compartir</translation>
    </message>
    <message>
        <source>Leave out our details (address, phone, surname)</source>
        <translation>No poner nuestros datos (dirección, teléfono, apellido)</translation>
    </message>
    <message>
        <source>Our details…</source>
        <translation>Nuestros datos…</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Both: Español and English</source>
        <translation>Los dos: español e inglés</translation>
    </message>
    <message>
        <source>A bilingual copy gives each heading and question in Spanish and English; what you wrote stays as written.</source>
        <translation>Una copia bilingüe pone cada título y cada pregunta en español y en inglés; lo que usted escribió queda tal como lo escribió.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>“{title}” cannot be printed from here yet. Here is another document you may find useful.</source>
        <translation>«{title}» todavía no se puede imprimir desde aquí. Aquí tiene otro documento que le puede servir.</translation>
    </message>
    <message>
        <source>Health and the important people stay off the birth parent&apos;s copy; one line says health needs are kept separately.</source>
        <translation>La salud y las personas importantes no salen en la copia de la madre o el padre; una línea dice que las necesidades de salud se guardan aparte.</translation>
    </message>
    <message>
        <source>Adds allergies and medicines (even ones marked private) and the important people you agreed to share.</source>
        <translation>Añade alergias y medicinas (aunque estén marcadas como privadas) y las personas importantes que usted aceptó compartir.</translation>
    </message>
    <message>
        <source>Only on a copy for a babysitter or the next home</source>
        <translation>Solo en una copia para una niñera o el próximo hogar</translation>
    </message>
    <message>
        <source>Print private entries?</source>
        <translation>¿Imprimir las anotaciones privadas?</translation>
    </message>
    <message>
        <source>Entries you marked private, and contacts you have not agreed to share, will be on this printout.</source>
        <translation>Las anotaciones que marcó como privadas, y los contactos que no aceptó compartir, saldrán en esta hoja.</translation>
    </message>
    <message>
        <source>Paper can travel further than you mean it to. Include them this time?</source>
        <translation>El papel puede llegar más lejos de lo que usted quiere. ¿Incluirlas esta vez?</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>1 página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not be made.</source>
        <translation>No se pudo hacer la vista previa.</translation>
    </message>
    <message>
        <source>Preview stopped. Change a choice to try again.</source>
        <translation>Vista previa detenida. Cambie una opción para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Haciendo la vista previa…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>Se puede compartir</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Please write the date as year-month-day, for example 2026-10-14.</source>
        <translation>Por favor, escriba la fecha como año-mes-día, por ejemplo 2026-10-14.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Given</source>
        <translation>Dada</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>M</source>
        <translation>O</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Please say which medicine.</source>
        <translation>Por favor, diga qué medicina.</translation>
    </message>
    <message>
        <source>Please write a few words on why it was not given.</source>
        <translation>Por favor, escriba unas palabras sobre por qué no se dio.</translation>
    </message>
    <message>
        <source>Please keep this under {n:,} characters.</source>
        <translation>Por favor, que tenga menos de {n:,} caracteres.</translation>
    </message>
    <message>
        <source>miles</source>
        <translation>millas</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Family time</source>
        <translation>Tiempo en familia</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Meeting or court</source>
        <translation>Reunión o corte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Please write the amount as a number, for example 12.50.</source>
        <translation>Por favor, escriba la cantidad como un número, por ejemplo 12.50.</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>The records your agency asks for. Incident reports are written in the journal; print the medication record, mileage, incidents, the monthly report and the lifebook from the print center (Ctrl+P).</source>
        <translation>Los registros que pide su agencia. Los informes de incidentes se escriben en el diario; imprima el registro de medicinas, el millaje, los incidentes, el informe mensual y el libro de vida desde el centro de impresión (Ctrl+P).</translation>
    </message>
    <message>
        <source>Medicines today</source>
        <translation>Medicinas de hoy</translation>
    </message>
    <message>
        <source>Lifebook</source>
        <translation>Libro de vida</translation>
    </message>
    <message>
        <source>The child&apos;s own story in this home, made together, to take with them when they move home or on. Pages about the birth family can wait for their say.</source>
        <translation>La propia historia del niño en este hogar, hecha juntos, para que se la lleve cuando vuelva a casa o se vaya a otro lugar. Las páginas sobre su familia biológica pueden esperar la opinión de la familia.</translation>
    </message>
    <message>
        <source>Lifebook pages</source>
        <translation>Páginas del libro de vida</translation>
    </message>
    <message>
        <source>Add a page…</source>
        <translation>Añadir una página…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the page up</source>
        <translation>Subir la página</translation>
    </message>
    <message>
        <source>Move the page earlier in the book (Alt+Up)</source>
        <translation>Poner la página antes en el libro (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the page down</source>
        <translation>Bajar la página</translation>
    </message>
    <message>
        <source>Move the page later in the book (Alt+Down)</source>
        <translation>Poner la página después en el libro (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Delete the page…</source>
        <translation>Borrar la página…</translation>
    </message>
    <message>
        <source>{name}&apos;s records</source>
        <translation>Los registros de {name}</translation>
    </message>
    <message>
        <source>Medicines today, {day}</source>
        <translation>Medicinas de hoy, {day}</translation>
    </message>
    <message>
        <source>No medicines are written down in the About page&apos;s health section.</source>
        <translation>No hay medicinas anotadas en la sección de salud de la página Acerca de.</translation>
    </message>
    <message>
        <source>Given now</source>
        <translation>Dada ahora</translation>
    </message>
    <message>
        <source>Given now: {medicine}</source>
        <translation>Dada ahora: {medicine}</translation>
    </message>
    <message>
        <source>Not given…</source>
        <translation>No se dio…</translation>
    </message>
    <message>
        <source>Not given: {medicine}</source>
        <translation>No se dio: {medicine}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>given at {time} by {who}</source>
        <translation>dada a las {time} por {who}</translation>
    </message>
    <message>
        <source>given at {time}</source>
        <translation>dada a las {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>1 foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the family&apos;s say</source>
        <translation>esperando la opinión de la familia</translation>
    </message>
    <message>
        <source>Delete this lifebook page?</source>
        <translation>¿Borrar esta página del libro de vida?</translation>
    </message>
    <message>
        <source>Delete the page “{title}” from {name}&apos;s lifebook?</source>
        <translation>¿Borrar la página «{title}» del libro de vida de {name}?</translation>
    </message>
    <message>
        <source>You can bring it back with Edit &gt; Undo (Ctrl+Z).</source>
        <translation>Puede recuperarla con Editar &gt; Deshacer (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>ReflectionsView</name>
    <message>
        <source>Protective factors</source>
        <translation>Factores de protección</translation>
    </message>
    <message>
        <source>Five things that help every family through hard times. Noticing them in the birth parent, and in yourself, is a quiet way to support the child. Writing here is optional and just for you.</source>
        <translation>Cinco cosas que ayudan a toda familia en los momentos difíciles. Notarlas en la madre o el padre, y en usted, es una forma tranquila de apoyar al niño. Escribir aquí es opcional y solo para usted.</translation>
    </message>
</context>
<context>
    <name>SectionBox</name>
    <message>
        <source>Add a routine…</source>
        <translation>Añadir una rutina…</translation>
    </message>
    <message>
        <source>Add a like or dislike…</source>
        <translation>Añadir algo que le gusta o no…</translation>
    </message>
    <message>
        <source>Add a care practice…</source>
        <translation>Añadir un cuidado…</translation>
    </message>
    <message>
        <source>Add a health note…</source>
        <translation>Añadir una nota de salud…</translation>
    </message>
    <message>
        <source>Add a school note…</source>
        <translation>Añadir una nota de la escuela…</translation>
    </message>
    <message>
        <source>Nothing here yet. {name}&apos;s day — waking, meals, naps, bath and bedtime — can go here, step by step.</source>
        <translation>Todavía no hay nada. El día de {name} —despertar, comidas, siestas, baño y hora de dormir— puede ir aquí, paso a paso.</translation>
    </message>
    <message>
        <source>Nothing here yet. Favourite foods, toys, songs and what soothes {name} can go here.</source>
        <translation>Todavía no hay nada. Aquí pueden ir sus comidas, juguetes y canciones favoritas, y lo que calma a {name}.</translation>
    </message>
    <message>
        <source>Nothing here yet. Hair and skin care, bathing, clothing, food, faith and family traditions can go here.</source>
        <translation>Todavía no hay nada. Aquí pueden ir el cuidado del cabello y la piel, el baño, la ropa, la comida, la fe y las tradiciones de la familia.</translation>
    </message>
    <message>
        <source>Nothing here yet. Allergies, medicines, the doctor and dentist can go here.</source>
        <translation>Todavía no hay nada. Aquí pueden ir las alergias, las medicinas, el médico y el dentista.</translation>
    </message>
    <message>
        <source>Nothing here yet. {name}&apos;s school or childcare, teacher and schedule can go here.</source>
        <translation>Todavía no hay nada. Aquí pueden ir la escuela o la guardería de {name}, su maestro y su horario.</translation>
    </message>
    <message>
        <source>Nothing in this section matches.</source>
        <translation>Nada en esta sección coincide.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your choices could not be saved</source>
        <translation>No se pudieron guardar sus preferencias</translation>
    </message>
    <message>
        <source>The window&apos;s size and your print choices could not be written to {path}. The disk may be full, or the file read-only.</source>
        <translation>El tamaño de la ventana y sus preferencias de impresión no se pudieron escribir en {path}. Puede que el disco esté lleno o que el archivo sea de solo lectura.</translation>
    </message>
    <message>
        <source>Your notes are not affected: they are saved separately. Free some space or check the file, and the choices will be saved next time.</source>
        <translation>Sus notas no se ven afectadas: se guardan aparte. Libere algo de espacio o revise el archivo, y sus preferencias se guardarán la próxima vez.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>The same as this computer</source>
        <translation>El mismo que esta computadora</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>A new language is used the next time you open the app.</source>
        <translation>El nuevo idioma se usa la próxima vez que abra la aplicación.</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Go to the next or previous control</source>
        <translation>Ir al control siguiente o al anterior</translation>
    </message>
    <message>
        <source>Press the button, or tick the box, that has the focus</source>
        <translation>Pulsar el botón, o marcar la casilla, que tiene el foco</translation>
    </message>
    <message>
        <source>Open the selected item in a list</source>
        <translation>Abrir lo que está seleccionado en una lista</translation>
    </message>
    <message>
        <source>Go to the next or previous page of tabs</source>
        <translation>Ir a la pestaña siguiente o a la anterior</translation>
    </message>
    <message>
        <source>Open the menus; the underlined letter in a name chooses it</source>
        <translation>Abrir los menús; la letra subrayada de un nombre lo elige</translation>
    </message>
    <message>
        <source>Save the journal entry you are writing</source>
        <translation>Guardar la anotación del diario que está escribiendo</translation>
    </message>
    <message>
        <source>Close a window without saving</source>
        <translation>Cerrar una ventana sin guardar</translation>
    </message>
    <message>
        <source>Delete the trip or expense chosen in Records (it asks first)</source>
        <translation>Borrar el viaje o gasto elegido en Registros (antes se lo pregunta)</translation>
    </message>
    <message>
        <source>Move the chosen lifebook page earlier or later</source>
        <translation>Mover la página elegida del libro de vida hacia adelante o hacia atrás</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Everything in this app can be done with the keyboard.</source>
        <translation>Todo en esta aplicación se puede hacer con el teclado.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Building</source>
        <translation>Construir</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>Apoyar</translation>
    </message>
    <message>
        <source>Planning for home</source>
        <translation>Planear la vuelta a casa</translation>
    </message>
    <message>
        <source>After care</source>
        <translation>Después del cuidado</translation>
    </message>
    <message>
        <source>Building the Relationship</source>
        <translation>Construir la relación</translation>
    </message>
    <message>
        <source>Supporting the Relationship</source>
        <translation>Apoyar la relación</translation>
    </message>
    <message>
        <source>Keeping the Relationship Strong while Working with the System and Planning for Reunification</source>
        <translation>Mantener fuerte la relación mientras se trabaja con el sistema y se planea la reunificación</translation>
    </message>
    <message>
        <source>Keeping the Relationship Strong after the Family Leaves the Child Welfare System</source>
        <translation>Mantener fuerte la relación después de que la familia sale del sistema de bienestar infantil</translation>
    </message>
</context>
<context>
    <name>StageView</name>
    <message>
        <source>Stage {n} · {title}</source>
        <translation>Etapa {n} · {title}</translation>
    </message>
    <message>
        <source>◉ This is where {name} is now.</source>
        <translation>◉ Aquí está {name} ahora.</translation>
    </message>
    <message>
        <source>Move {name} to this stage…</source>
        <translation>Pasar a {name} a esta etapa…</translation>
    </message>
    <message>
        <source>Move on when your family feels ready. There is no rush and no score; you can always come back.</source>
        <translation>Avance cuando su familia se sienta lista. No hay prisa ni puntaje; siempre puede volver.</translation>
    </message>
    <message>
        <source>What this stage is for</source>
        <translation>Para qué es esta etapa</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>Steps you might take</source>
        <translation>Pasos que puede dar</translation>
    </message>
    <message>
        <source>Tick what you have done. Set aside anything that does not fit your family.</source>
        <translation>Marque lo que ya hizo. Deje de lado lo que no encaje con su familia.</translation>
    </message>
    <message>
        <source>Open the comfort call helper</source>
        <translation>Abrir la ayuda para la llamada de tranquilidad</translation>
    </message>
    <message>
        <source>Prepare the icebreaker</source>
        <translation>Preparar la reunión para romper el hielo</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <source>Last changed {date}</source>
        <translation>Último cambio: {date}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Conversation starters</source>
        <translation>Para empezar a conversar</translation>
    </message>
    <message>
        <source>Questions you might ask the birth parent</source>
        <translation>Preguntas que puede hacerle a la madre o el padre</translation>
    </message>
    <message>
        <source>Ways to share about yourself</source>
        <translation>Formas de contar sobre usted</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <source>Helpful printouts</source>
        <translation>Hojas útiles para imprimir</translation>
    </message>
    <message>
        <source>Open this in the print center</source>
        <translation>Abrir esto en el centro de impresión</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Already open</source>
        <translation>Ya está abierta</translation>
    </message>
    <message>
        <source>The app is already open with this data folder. Look for its window; only one copy at a time can keep the notes safe.</source>
        <translation>La aplicación ya está abierta con esta carpeta de datos. Busque su ventana; solo una copia a la vez puede mantener las notas a salvo.</translation>
    </message>
    <message>
        <source>Close the window, then try again.</source>
        <translation>Cierre la ventana y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The app is open with this data folder, and the file must be updated for this version before it can be read.</source>
        <translation>La aplicación está abierta con esta carpeta de datos, y el archivo se debe actualizar para esta versión antes de poder leerlo.</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Tick when you have done this</source>
        <translation>Márquelo cuando lo haya hecho</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Leer más</translation>
    </message>
    <message>
        <source>Not for us</source>
        <translation>No es para nosotros</translation>
    </message>
    <message>
        <source>Some steps do not fit every family; this sets it aside, and you can change it back</source>
        <translation>Algunos pasos no encajan con todas las familias; esto lo deja de lado, y puede cambiarlo después</translation>
    </message>
    <message>
        <source>Your note on: {step}</source>
        <translation>Su nota sobre: {step}</translation>
    </message>
    <message>
        <source>A note for yourself, if you like</source>
        <translation>Una nota para usted, si quiere</translation>
    </message>
    <message>
        <source>✓ {source}, {date}</source>
        <translation>✓ {source}, {date}</translation>
    </message>
    <message>
        <source>Ticked from your records. Untick it if it is not done yet.</source>
        <translation>Marcado a partir de sus registros. Desmárquelo si todavía no está hecho.</translation>
    </message>
    <message>
        <source>✓ Done {date}</source>
        <translation>✓ Hecho el {date}</translation>
    </message>
    <message>
        <source>Set aside: not for us</source>
        <translation>Dejado de lado: no es para nosotros</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Ver menos</translation>
    </message>
</context>
<context>
    <name>TextSize</name>
    <message>
        <source>The same as this computer</source>
        <translation>El mismo que en esta computadora</translation>
    </message>
    <message>
        <source>Larger (125 %)</source>
        <translation>Más grande (125 %)</translation>
    </message>
    <message>
        <source>Large (150 %)</source>
        <translation>Grande (150 %)</translation>
    </message>
    <message>
        <source>Largest (200 %)</source>
        <translation>Muy grande (200 %)</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>1 foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TripDialog</name>
    <message>
        <source>A trip</source>
        <translation>Un viaje</translation>
    </message>
    <message>
        <source>From and to</source>
        <translation>Desde y hasta</translation>
    </message>
    <message>
        <source>e.g. home to the family center and back</source>
        <translation>p. ej., de casa al centro familiar, ida y vuelta</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Miles or kilometres</source>
        <translation>Millas o kilómetros</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Anotación</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>For the journal entry</source>
        <translation>Para la anotación</translation>
    </message>
    <message>
        <source>Please give the distance.</source>
        <translation>Por favor, escriba la distancia.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>edit {name}&apos;s details</source>
        <translation>editar los datos de {name}</translation>
    </message>
    <message>
        <source>add {name} to {child}&apos;s people</source>
        <translation>añadir a {name} a las personas de {child}</translation>
    </message>
    <message>
        <source>remove {name} from {child}&apos;s people</source>
        <translation>quitar a {name} de las personas de {child}</translation>
    </message>
    <message>
        <source>mark {name}&apos;s placement as ended</source>
        <translation>marcar que terminó la colocación de {name}</translation>
    </message>
    <message>
        <source>bring {name} back to the daily list</source>
        <translation>devolver a {name} a la lista diaria</translation>
    </message>
    <message>
        <source>add “{title}”</source>
        <translation>añadir «{title}»</translation>
    </message>
    <message>
        <source>delete “{title}”</source>
        <translation>borrar «{title}»</translation>
    </message>
    <message>
        <source>change “{title}”</source>
        <translation>cambiar «{title}»</translation>
    </message>
    <message>
        <source>move “{title}”</source>
        <translation>mover «{title}»</translation>
    </message>
    <message>
        <source>add page {n} to the bridge book</source>
        <translation>añadir la página {n} al cuaderno puente</translation>
    </message>
    <message>
        <source>take page {n} out of the bridge book</source>
        <translation>sacar la página {n} del cuaderno puente</translation>
    </message>
    <message>
        <source>record the reply to page {n}</source>
        <translation>anotar la respuesta a la página {n}</translation>
    </message>
    <message>
        <source>untick “{step}”</source>
        <translation>desmarcar «{step}»</translation>
    </message>
    <message>
        <source>tick “{step}”</source>
        <translation>marcar «{step}»</translation>
    </message>
    <message>
        <source>mark “{step}” as not for us</source>
        <translation>marcar «{step}» como no es para nosotros</translation>
    </message>
    <message>
        <source>reopen “{step}”</source>
        <translation>volver a abrir «{step}»</translation>
    </message>
    <message>
        <source>note on “{step}”</source>
        <translation>nota sobre «{step}»</translation>
    </message>
    <message>
        <source>move {name} to stage {n}</source>
        <translation>pasar a {name} a la etapa {n}</translation>
    </message>
    <message>
        <source>edit the journal entry “{title}”</source>
        <translation>editar la anotación «{title}»</translation>
    </message>
    <message>
        <source>delete the journal entry “{title}”</source>
        <translation>borrar la anotación «{title}»</translation>
    </message>
    <message>
        <source>bring back the journal entry “{title}”</source>
        <translation>recuperar la anotación «{title}»</translation>
    </message>
    <message>
        <source>This step has been taken off the Undo list.</source>
        <translation>Este paso se quitó de la lista de Deshacer.</translation>
    </message>
    <message>
        <source>This is no longer saved</source>
        <translation>Esto ya no está guardado</translation>
    </message>
    <message>
        <source>What this would change has been deleted or taken back meanwhile, so it could not be changed.</source>
        <translation>Lo que esto cambiaría se borró o se deshizo mientras tanto, así que no se pudo cambiar.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>add a record</source>
        <translation>añadir un registro</translation>
    </message>
    <message>
        <source>edit a record</source>
        <translation>editar un registro</translation>
    </message>
    <message>
        <source>delete a record</source>
        <translation>borrar un registro</translation>
    </message>
    <message>
        <source>bring back a record</source>
        <translation>recuperar un registro</translation>
    </message>
    <message>
        <source>move a lifebook page</source>
        <translation>mover una página del libro de vida</translation>
    </message>
    <message>
        <source>change your words for the monthly report</source>
        <translation>cambiar sus palabras del informe mensual</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Your records are locked</source>
        <translation>Sus registros están bloqueados</translation>
    </message>
    <message>
        <source>Type your passphrase to open your records.</source>
        <translation>Escriba su contraseña para abrir sus registros.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>WhenAndWho</name>
    <message>
        <source>A name, e.g. Mom or Rosa</source>
        <translation>Un nombre, p. ej. mamá o Rosa</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>e.g. 14:30</source>
        <translation>p. ej. 14:30</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Please fill in the date.</source>
        <translation>Por favor, escriba la fecha.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La fecha no puede ser en el futuro.</translation>
    </message>
</context>
<context>
    <name>World</name>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Likes and dislikes</source>
        <translation>Lo que le gusta y lo que no</translation>
    </message>
    <message>
        <source>Care practices</source>
        <translation>Cuidados</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Waking up</source>
        <translation>Al despertar</translation>
    </message>
    <message>
        <source>Meal or snack</source>
        <translation>Comida o merienda</translation>
    </message>
    <message>
        <source>Nap</source>
        <translation>Siesta</translation>
    </message>
    <message>
        <source>School or childcare</source>
        <translation>Escuela o guardería</translation>
    </message>
    <message>
        <source>Bath</source>
        <translation>Baño</translation>
    </message>
    <message>
        <source>Bedtime</source>
        <translation>Hora de dormir</translation>
    </message>
    <message>
        <source>Night waking</source>
        <translation>Si se despierta de noche</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Le gusta</translation>
    </message>
    <message>
        <source>Doesn&apos;t like</source>
        <translation>No le gusta</translation>
    </message>
    <message>
        <source>Fears and what soothes</source>
        <translation>Miedos y lo que le calma</translation>
    </message>
    <message>
        <source>Upsets and what helps</source>
        <translation>Lo que le molesta y lo que le ayuda</translation>
    </message>
    <message>
        <source>Hair care</source>
        <translation>Cuidado del cabello</translation>
    </message>
    <message>
        <source>Skin care</source>
        <translation>Cuidado de la piel</translation>
    </message>
    <message>
        <source>Bath or shower</source>
        <translation>Baño o ducha</translation>
    </message>
    <message>
        <source>Hygiene products</source>
        <translation>Productos de higiene</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>Ropa</translation>
    </message>
    <message>
        <source>Feeding</source>
        <translation>Alimentación</translation>
    </message>
    <message>
        <source>Faith and culture</source>
        <translation>Fe y cultura</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Días festivos</translation>
    </message>
    <message>
        <source>Languages at home</source>
        <translation>Idiomas en casa</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicina</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Dentist</source>
        <translation>Dentista</translation>
    </message>
    <message>
        <source>Medical or dental history</source>
        <translation>Historial médico o dental</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>En caso de emergencia</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Maestro</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Support plan</source>
        <translation>Plan de apoyo</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>School days</source>
        <translation>Días de escuela</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Fines de semana</translation>
    </message>
    <message>
        <source>Birth parent</source>
        <translation>Madre o padre biológico</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>El niño</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Trabajador social</translation>
    </message>
    <message>
        <source>Previous caregiver</source>
        <translation>Cuidador anterior</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <source>We noticed</source>
        <translation>Lo notamos nosotros</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Sin decir</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Severe — can be life-threatening</source>
        <translation>Grave — puede poner en peligro la vida</translation>
    </message>
    <message>
        <source>“{text}” is not a clock time. Write it like 07:30 or 19:00–19:30, or tick “Say it in words” for times like “after lunch”.</source>
        <translation>«{text}» no es una hora del reloj. Escríbala como 07:30 o 19:00–19:30, o marque «Decirlo con palabras» para horas como «después del almuerzo».</translation>
    </message>
    <message>
        <source>Please add the minutes, for example {h:02d}:00.</source>
        <translation>Por favor, añada los minutos, por ejemplo {h:02d}:00.</translation>
    </message>
    <message>
        <source>With am or pm, hours go from 1 to 12.</source>
        <translation>Con am o pm, las horas van del 1 al 12.</translation>
    </message>
    <message>
        <source>{text} is not a time on the clock: hours go from 00 to 23 and minutes from 00 to 59.</source>
        <translation>{text} no es una hora del reloj: las horas van de 00 a 23 y los minutos de 00 a 59.</translation>
    </message>
    <message>
        <source>Please give one time (07:30) or a range (19:00–19:30).</source>
        <translation>Por favor, dé una hora (07:30) o un intervalo (19:00–19:30).</translation>
    </message>
    <message>
        <source>This can be at most {limit} characters; it has {n}. Please shorten it or split it into two items.</source>
        <translation>Esto puede tener como máximo {limit} caracteres; tiene {n}. Por favor, acórtelo o divídalo en dos.</translation>
    </message>
    <message>
        <source>Please write a few words to name this.</source>
        <translation>Por favor, escriba unas palabras para nombrarlo.</translation>
    </message>
    <message>
        <source>At most {limit} steps, please; this has {n}.</source>
        <translation>Como máximo {limit} pasos, por favor; esto tiene {n}.</translation>
    </message>
    <message>
        <source>Each line can be at most {limit} characters; one has {n}.</source>
        <translation>Cada línea puede tener como máximo {limit} caracteres; una tiene {n}.</translation>
    </message>
    <message>
        <source>{who} noticed</source>
        <translation>Lo notó {who}</translation>
    </message>
    <message>
        <source>we noticed</source>
        <translation>lo notamos nosotros</translation>
    </message>
    <message>
        <source>the birth parent</source>
        <translation>la madre o el padre biológico</translation>
    </message>
    <message>
        <source>the child</source>
        <translation>el niño</translation>
    </message>
    <message>
        <source>the caseworker</source>
        <translation>el trabajador social</translation>
    </message>
    <message>
        <source>the previous caregiver</source>
        <translation>el cuidador anterior</translation>
    </message>
    <message>
        <source>a relative</source>
        <translation>un familiar</translation>
    </message>
    <message>
        <source>from {who}</source>
        <translation>de {who}</translation>
    </message>
</context>
<context>
    <name>WorldItemEditor</name>
    <message>
        <source>Add to {section}</source>
        <translation>Añadir a {section}</translation>
    </message>
    <message>
        <source>Change: {title}</source>
        <translation>Cambiar: {title}</translation>
    </message>
    <message>
        <source>e.g. 07:30 or 19:00–19:30</source>
        <translation>p. ej. 07:30 o 19:00–19:30</translation>
    </message>
    <message>
        <source>Say it in words (e.g. “after lunch”)</source>
        <translation>Decirlo con palabras (p. ej. «después del almuerzo»)</translation>
    </message>
    <message>
        <source>Pick someone from the child&apos;s People list, or write the name below</source>
        <translation>Elija a alguien de la lista de Personas del niño, o escriba el nombre abajo</translation>
    </message>
    <message>
        <source>One step per line, in order</source>
        <translation>Un paso por línea, en orden</translation>
    </message>
    <message>
        <source>One per line, e.g. blue blanket, a song, night light</source>
        <translation>Uno por línea, p. ej. cobija azul, una canción, lucecita de noche</translation>
    </message>
    <message>
        <source>Name, e.g. Mom, Grandma Denise</source>
        <translation>Nombre, p. ej. mamá, la abuela Denise</translation>
    </message>
    <message>
        <source>e.g. comfort call, icebreaker meeting</source>
        <translation>p. ej. llamada de tranquilidad, reunión para romper el hielo</translation>
    </message>
    <message>
        <source>Private — leave it off printouts unless I choose to include it</source>
        <translation>Privado — no ponerlo en lo impreso salvo que yo lo elija</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Which days</source>
        <translation>Qué días</translation>
    </message>
    <message>
        <source>How serious</source>
        <translation>Qué tan grave</translation>
    </message>
    <message>
        <source>From People</source>
        <translation>De Personas</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Comfort items</source>
        <translation>Cosas que le consuelan</translation>
    </message>
    <message>
        <source>Who told us</source>
        <translation>Quién nos lo contó</translation>
    </message>
    <message>
        <source>Keeping track of who shared this honours what the family told you.</source>
        <translation>Anotar quién lo compartió respeta lo que la familia le contó.</translation>
    </message>
    <message>
        <source>Told by</source>
        <translation>Contado por</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>e.g. Bedtime</source>
        <translation>p. ej. Hora de dormir</translation>
    </message>
    <message>
        <source>e.g. Mango slices, the dark, Bluey</source>
        <translation>p. ej. rodajas de mango, la oscuridad, Bluey</translation>
    </message>
    <message>
        <source>e.g. Wash and detangle curls</source>
        <translation>p. ej. Lavar y desenredar los rizos</translation>
    </message>
    <message>
        <source>e.g. Peanut allergy, Dr. Okafor</source>
        <translation>p. ej. Alergia al maní, Dra. Okafor</translation>
    </message>
    <message>
        <source>e.g. Lincoln Elementary, 2nd grade</source>
        <translation>p. ej. Escuela Lincoln, 2.º grado</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Lo que ayuda</translation>
    </message>
    <message>
        <source>How, how often, products</source>
        <translation>Cómo, cada cuánto, productos</translation>
    </message>
    <message>
        <source>Details, dose</source>
        <translation>Detalles, dosis</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <source>Anything that helps, or what to try</source>
        <translation>Lo que ayuda, o lo que se puede probar</translation>
    </message>
    <message>
        <source>How it is done, how often, which products the family uses</source>
        <translation>Cómo se hace, cada cuánto, qué productos usa la familia</translation>
    </message>
    <message>
        <source>Dose, phone number, what to do</source>
        <translation>Dosis, número de teléfono, qué hacer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Not from the People list (write it below)</source>
        <translation>No es de la lista de Personas (escríbalo abajo)</translation>
    </message>
    <message>
        <source>e.g. after lunch, when she gets tired</source>
        <translation>p. ej. después del almuerzo, cuando se cansa</translation>
    </message>
</context>
<context>
    <name>WorldRow</name>
    <message>
        <source>From People:</source>
        <translation>De Personas:</translation>
    </message>
    <message>
        <source>Comfort:</source>
        <translation>Consuelo:</translation>
    </message>
    <message>
        <source>Left off printouts unless you choose to include it</source>
        <translation>No sale en lo impreso salvo que usted lo elija</translation>
    </message>
    <message>
        <source>Can go on printouts for the family or a babysitter</source>
        <translation>Puede salir en las hojas para la familia o una niñera</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
</context>
</TS>
